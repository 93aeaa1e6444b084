// When a demo event is plausible: in its season, on its weekdays, never on the Christmas and New
// Year holidays. Days are UTC-midnight Dates standing for a calendar day in Berlin (./time.ts).

export type DayRule = (day: Date) => boolean

const month = (day: Date) => day.getUTCMonth() + 1
const weekday = (day: Date) => day.getUTCDay()

/** Months 1-12, e.g. months(4, 5, 6) for spring. */
export const months =
  (...list: number[]): DayRule =>
  (day) =>
    list.includes(month(day))
export const weekend: DayRule = (day) => weekday(day) === 0 || weekday(day) === 6
export const saturday: DayRule = (day) => weekday(day) === 6
export const workday: DayRule = (day) => weekday(day) >= 1 && weekday(day) <= 5
export const fridayOrSaturday: DayRule = (day) => weekday(day) === 5 || weekday(day) === 6
export const all =
  (...rules: DayRule[]): DayRule =>
  (day) =>
    rules.every((r) => r(day))

/** From the first Sunday of Advent (27 November to 3 December) to 23 December. */
export const advent: DayRule = (day) => {
  const y = day.getUTCFullYear()
  const christmas = new Date(Date.UTC(y, 11, 25))
  const fourthAdvent = new Date(christmas.getTime() - (christmas.getUTCDay() || 7) * 86_400_000)
  const firstAdvent = new Date(fourthAdvent.getTime() - 21 * 86_400_000)
  return day >= firstAdvent && day <= new Date(Date.UTC(y, 11, 23))
}

/** 24-26 and 31 December, 1 January: no club invites anyone to anything then. */
export const holiday: DayRule = (day) => {
  const m = month(day)
  const d = day.getUTCDate()
  return (m === 12 && (d === 24 || d === 25 || d === 26 || d === 31)) || (m === 1 && d === 1)
}

/** 20 December to 6 January: no fairs or tournaments between the years. */
export const betweenTheYears: DayRule = (day) =>
  (month(day) === 12 && day.getUTCDate() >= 20) || (month(day) === 1 && day.getUTCDate() <= 6)
