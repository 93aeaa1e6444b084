import { describe, expect, it } from 'vitest'

import { eventTemplates } from '../../cms/src/seed/data/events'
import { preferredOffset, scheduleEvent } from '../../cms/src/seed/schedule'
import { ymd } from '../../cms/src/seed/time'

// The demo calendar must not contradict itself on any day of the year it is seeded: checked for
// every day of a year, with the rules written out here independently of cms/src/seed/seasons.ts.

const schedule = (now: Date) => {
  const used = new Set<string>()
  return Array.from({ length: 60 }, (_, i) =>
    scheduleEvent(eventTemplates, i, preferredOffset(i, 60), now, used),
  )
}
const md = (d: Date) => (d.getUTCMonth() + 1) * 100 + d.getUTCDate()

describe('demo event dates', () => {
  it('are plausible for their season on every seed date of a year, and the same for the same date', () => {
    const wrong: string[] = []
    const check = (ok: boolean, what: string) => ok || wrong.push(what)
    for (let n = 0; n < 366; n++) {
      const now = new Date(Date.UTC(2027, 0, 1 + n, 9))
      const events = schedule(now)
      check(events.length === 60, `${ymd(now)}: ${events.length} Termine`)
      for (const { template: t, day, dayOffset } of events) {
        const where = `${ymd(now)}: ${t.title} am ${ymd(day)}`
        const month = day.getUTCMonth() + 1
        check(dayOffset >= 1 && dayOffset <= 90, `${where}: nicht in den nächsten 90 Tagen`)
        // Nothing on Christmas Eve, the Christmas days, New Year's Eve and Day.
        for (let d = 0; d < (t.days ?? 1); d++)
          check(
            ![1224, 1225, 1226, 1231, 101].includes(md(new Date(day.getTime() + d * 86_400_000))),
            `${where}: Feiertag`,
          )
        if (/Advent/.test(t.title)) check(md(day) >= 1127 && md(day) <= 1223, `${where}: nicht im Advent`)
        if (/Schnupperrudern/.test(t.title)) check([4, 5, 6].includes(month), `${where}: nicht im Frühjahr`)
        if (/Wanderrudern/.test(t.title))
          check([6, 7, 8, 9].includes(month) && day.getUTCDay() === 6, `${where}: kein Samstag im Sommer`)
        if (/Winter|Vogelzählung/.test(t.title))
          check([11, 12, 1, 2, 3].includes(month), `${where}: nicht im Winter`)
        if (/Ehrenamtstage/.test(t.title))
          check(
            day.getUTCDay() === 5 && !(md(day) >= 1220 || md(day) <= 106),
            `${where}: kein Freitag außerhalb der Feiertage`,
          )
      }
      // Still a full demo: several days, an all-day multi-day event and an online one.
      check(new Set(events.map((e) => ymd(e.day))).size >= 40, `${ymd(now)}: zu wenige Tage`)
      check(
        events.some((e) => (e.template.days ?? 1) > 1),
        `${ymd(now)}: kein mehrtägiger Termin`,
      )
      check(
        events.some((e) => e.template.attendance === 'online'),
        `${ymd(now)}: kein Online-Termin`,
      )
      // The rowing club always has a date coming up (the site's search test looks for one,
      // whatever day CI seeds): trial rowing in spring, tours in summer, indoor rowing in winter.
      check(
        events.some(
          (e) => e.template.organizer === 'ruderclub-tollensesee-1921' && /rudern/i.test(e.template.title),
        ),
        `${ymd(now)}: kein Rudertermin`,
      )
    }
    expect(wrong.slice(0, 20)).toEqual([])
    const a = schedule(new Date('2026-12-01T10:00:00Z')).map((e) => `${e.template.title}|${ymd(e.day)}`)
    const b = schedule(new Date('2026-12-01T10:00:00Z')).map((e) => `${e.template.title}|${ymd(e.day)}`)
    expect(a).toEqual(b)
  })
})
