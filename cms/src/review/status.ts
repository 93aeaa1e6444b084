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
