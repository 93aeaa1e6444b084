// How the admin shows dates: German order and the 24-hour clock. Without a display format Payload
// falls back to its English pattern, which the German admin renders as "Dez. 2, 2026 6:17 vorm."
// or "12/02/2026" (issue 17's enquiry view showed both).
export const dayAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd.MM.yyyy HH:mm',
  timeFormat: 'HH:mm',
} as const
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } as const
