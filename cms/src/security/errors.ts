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
