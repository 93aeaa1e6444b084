/** States of the editorial review, shared by the CMS fields, hooks, queue and tests. */
export const reviewStatuses = [
  { value: 'draft', label: 'Entwurf' },
  { value: 'submitted', label: 'Zur Prüfung eingereicht' },
  { value: 'changesRequested', label: 'Zurückgegeben – bitte überarbeiten' },
  { value: 'approved', label: 'Geprüft und veröffentlicht' },
] as const

export type ReviewStatus = (typeof reviewStatuses)[number]['value']

export const reviewStatusLabel = (value: unknown) =>
  reviewStatuses.find((status) => status.value === value)?.label ?? 'Entwurf'

/**
 * The state a list or header shows: the review state, except that a published entry never reads
 * "Entwurf" (content published before it had a review state, or by a system write).
 */
export function reviewStateLabel(reviewStatus: unknown, publishStatus: unknown): string {
  if (
    (reviewStatus === undefined || reviewStatus === null || reviewStatus === 'draft') &&
    publishStatus === 'published'
  ) {
    return 'Veröffentlicht'
  }
  return reviewStatusLabel(reviewStatus)
}
