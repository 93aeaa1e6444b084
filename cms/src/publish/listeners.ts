import type { Payload } from 'payload'

import type { ChangeEntry } from './changes'

/**
 * Code that acts once a publication has reached the site's builders (the push messages of
 * cms/src/subscriptions) puts a listener into the config's `custom.publishListeners`; the delivery
 * task calls them after a successful build request. A failing listener is logged and never fails
 * the delivery, which has been made already.
 */
export type PublishListener = (payload: Payload, changes: ChangeEntry[]) => Promise<void>

export async function notifyPublished(payload: Payload, changes: ChangeEntry[]): Promise<void> {
  const listeners = (payload.config.custom?.publishListeners ?? []) as PublishListener[]
  for (const listener of listeners) {
    await listener(payload, changes).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'Veröffentlichung: Folgeaufgabe fehlgeschlagen'),
    )
  }
}
