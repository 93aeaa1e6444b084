import type { EventTemplate } from './data/events'
import { holiday } from './seasons'
import { berlinDay, ymd } from './time'

export type Scheduled = { template: EventTemplate; dayOffset: number; day: Date }

/** Days ahead of today (1-90) the i-th demo event is meant for; extra generated ones fill in. */
export const preferredOffset = (i: number, baseEvents: number) =>
  i >= baseEvents ? 1 + ((i * 37) % 90) : 1 + Math.floor((i * 89) / (baseEvents - 1))

/**
 * Picks the i-th demo event's template and day, deterministic for a given date: the template in
 * turn on the first plausible day within a week of its preferred day (rowing for beginners in
 * spring, carols in Advent, nothing on 24-26 December), else another template that fits the
 * preferred day. With `used`, a template is used at most once per day (its slug names the day);
 * generated extra events carry their number in the slug and pass none.
 */
export function scheduleEvent(
  templates: EventTemplate[],
  i: number,
  offset: number,
  now: Date,
  used?: Set<string>,
): Scheduled {
  const fits = (t: EventTemplate, day: Date) => {
    const days = t.days ?? 1
    for (let d = 0; d < days; d++) if (holiday(new Date(day.getTime() + d * 86_400_000))) return false
    return !used?.has(`${t.title}|${ymd(day)}`) && (!t.on || t.on(day))
  }
  const take = (template: EventTemplate, dayOffset: number, day: Date): Scheduled => {
    used?.add(`${template.title}|${ymd(day)}`)
    return { template, dayOffset, day }
  }
  const own = templates[i % templates.length]
  for (let shift = 0; shift < 7; shift++) {
    const dayOffset = 1 + ((offset - 1 + shift) % 90)
    const day = berlinDay(dayOffset, now)
    if (fits(own, day)) return take(own, dayOffset, day)
  }
  for (let shift = 0; shift < 90; shift++) {
    const dayOffset = 1 + ((offset - 1 + shift) % 90)
    const day = berlinDay(dayOffset, now)
    for (let k = 1; k < templates.length; k++) {
      const t = templates[(i + k) % templates.length]
      if (fits(t, day)) return take(t, dayOffset, day)
    }
  }
  throw new Error(`Kein passender Tag für Demo-Termin ${i}`)
}
