import { type AfterErrorHook, Forbidden } from 'payload'

/**
 * Payload's own "not allowed" (403) says nothing about why and, in its German translation,
 * addresses people with "Du". Club members meet it when they save or delete an entry of another
 * club or a page that only the editorial team maintains; they get our own message instead.
 * Messages we throw ourselves (APIError with isPublic) pass unchanged.
 */
export const explainForbidden: AfterErrorHook = ({ error, collection, req }) => {
  if (!(error instanceof Forbidden)) return
  const what = collection?.labels?.singular
  const label = typeof what === 'string' ? what : 'Eintrag'
  const message = req.user
    ? `Sie dürfen diesen Eintrag (${label}) nicht bearbeiten: Er gehört einem anderen Verein oder wird von der Redaktion gepflegt. Wenden Sie sich bei Fragen bitte an die Redaktion.`
    : 'Bitte melden Sie sich an, um diese Aktion auszuführen.'
  return { response: { errors: [{ message }] }, status: 403 }
}
