import { type AfterErrorHook, Forbidden } from 'payload'

/**
 * Payload's own "not allowed" (403) says nothing about why and, in its German translation,
 * addresses people with "Du". Club members meet it when they save or delete an entry of another
 * club or a page that only the editorial team maintains; they get our own message instead.
 * A refused read gets its own wording. Messages we throw ourselves (APIError with isPublic) pass unchanged.
 */
export const explainForbidden: AfterErrorHook = ({ error, collection, req }) => {
  if (!(error instanceof Forbidden)) return
  const what = collection?.labels?.singular
  const label = typeof what === 'string' ? what : 'Eintrag'
  // A refused read (a list only the administration may see) is not an attempt to edit.
  const reading = req.method === 'GET' || req.method === 'HEAD'
  const message = !req.user
    ? 'Bitte melden Sie sich an, um diese Aktion auszuführen.'
    : reading
      ? `Diese Daten (${label}) sind für Ihr Konto nicht freigegeben. Wenden Sie sich bei Fragen bitte an die Administration.`
      : `Sie dürfen diesen Eintrag (${label}) nicht bearbeiten: Er gehört einem anderen Verein oder wird von der Redaktion gepflegt. Wenden Sie sich bei Fragen bitte an die Redaktion.`
  return { response: { errors: [{ message }] }, status: 403 }
}

/**
 * In the production build of the admin (Next.js minifies server code) an APIError's class name
 * can become empty, and Payload's formatter then answers "An unknown error occurred." instead of
 * the German message we threw for people to read (a locked login, a refused approval). The
 * message is restored for errors marked public; everything else keeps Payload's answer.
 */
export const keepPublicMessage: AfterErrorHook = ({ error, result }) => {
  const first = result?.errors?.[0]
  if (!first || first.message !== 'An unknown error occurred.') return
  if (!(error as { isPublic?: boolean }).isPublic || !error.message) return
  return { response: { ...result, errors: [{ ...first, message: error.message }] } }
}
