// The seed's offers: events over the coming 90 days, volunteer opportunities, news and the fixed
// pages, each on dates that suit it (./schedule.ts) and linked to the directory's entries.
import { slugify } from '../lib/slugify'
import { eventTemplates } from './data/events'
import { news as baseNews } from './data/news'
import { opportunities as baseOpportunities } from './data/opportunities'
import { pages } from './data/pages'
import { eventBodyLine, eventTranslations, offerBodyLine, opportunityTranslations } from './data/translations'
import type { Directory } from './directory'
import { richText } from './lexical'
import { preferredOffset, scheduleEvent } from './schedule'
import { berlin, berlinDay, ymd } from './time'
import type { SeedWriter } from './writer'

export type OfferCounts = { events: number; opportunities: number; news: number }

export async function seedOffers(
  w: SeedWriter,
  directory: Directory,
  options: { counts: OfferCounts; baseEvents: number; now: Date; log: (message: string) => void },
) {
  const { counts, now, log } = options
  const { topic, district, image, association, associationIds, extraOrganizers } = directory

  // Events over the coming 90 days
  const eventIds = await w.existingSlugs('events', counts.events)
  const usedDays = new Set<string>()
  for (let i = 0; i < counts.events; i++) {
    // The demo's 60 events keep their days whatever the requested count; extra ones fill in.
    // Each on a day that suits it: seasons and weekdays of the template, no holidays (./schedule.ts).
    const generated = i >= options.baseEvents
    const {
      template: t,
      dayOffset,
      day,
    } = scheduleEvent(
      eventTemplates,
      i,
      preferredOffset(i, options.baseEvents),
      now,
      generated ? undefined : usedDays,
    )
    const start = t.allDay ? berlin(day, '00:00') : berlin(day, t.time)
    const end = t.allDay
      ? berlin(berlinDay(dayOffset + (t.days ?? 1) - 1, now), '23:59')
      : new Date(start.getTime() + t.hours * 3600_000)
    const organizer =
      i >= eventTemplates.length * 3 && extraOrganizers.length
        ? associationIds.get(extraOrganizers[i % extraOrganizers.length].slug)
        : association(t.organizer)
    const cancelled = i === 7 || i === 41
    const attendance = t.attendance ?? 'onsite'
    await w.upsert(
      'events',
      eventIds,
      generated ? `${slugify(t.title)}-${ymd(day)}-${i}` : `${slugify(t.title)}-${ymd(day)}`,
      {
        title: t.title,
        summary: t.summary,
        body: richText(t.summary, 'Weitere Informationen erhalten Sie beim Verein.'),
        start: start.toISOString(),
        start_tz: 'Europe/Berlin',
        end: end.toISOString(),
        end_tz: 'Europe/Berlin',
        allDay: Boolean(t.allDay),
        organizers: organizer ? [organizer] : [],
        attendance,
        venue:
          attendance === 'online'
            ? undefined
            : { name: t.venue, street: t.street, postalCode: '17033', city: 'Neubrandenburg' },
        onlineUrl: attendance === 'onsite' ? undefined : 'https://meet.example.org/neubrandenburg-ehrenamt',
        topics: t.topics.map(topic),
        district: district(t.district),
        targetGroups: t.targetGroups,
        price: t.price ? { isFree: false, text: t.price } : { isFree: true },
        registration: t.registration
          ? {
              required: true,
              url: 'https://anmeldung.example.org/neubrandenburg',
              deadline: new Date(start.getTime() - 86_400_000).toISOString(),
            }
          : { required: false },
        accessibilityNotes: t.accessibility,
        image: i % 3 === 0 ? image(i) : undefined,
        cancelled,
        cancellationNote: cancelled
          ? 'Die Veranstaltung fällt wegen Erkrankung aus. Ein Ersatztermin folgt.'
          : undefined,
        _status: 'published',
      },
      t.titleEn ? { title: t.titleEn } : undefined,
      eventOthers(t.title),
    )
  }
  log(`Veranstaltungen: ${eventIds.size}`)

  // Volunteer opportunities
  const opportunityIds = await w.existingSlugs('opportunities', counts.opportunities)
  for (let i = 0; i < counts.opportunities; i++) {
    const base = baseOpportunities[i % baseOpportunities.length]
    const round = Math.floor(i / baseOpportunities.length)
    const o =
      round === 0
        ? base
        : {
            ...base,
            slug: `${base.slug}-${round + 1}`,
            association: extraOrganizers.length
              ? extraOrganizers[i % extraOrganizers.length].slug
              : base.association,
          }
    await w.upsert(
      'opportunities',
      opportunityIds,
      o.slug,
      {
        title: round === 0 ? o.title : `${o.title} (${round + 1})`,
        summary: o.summary,
        body: richText(
          o.summary,
          'Melden Sie sich gern unverbindlich – wir vereinbaren ein erstes Kennenlernen.',
        ),
        association: association(o.association),
        topics: o.topics.map(topic),
        district: district(o.district),
        commitment: o.commitment,
        timeNeeded: { hours: o.hours, per: o.per },
        targetGroups: o.targetGroups,
        suitability: o.suitability,
        requirements: o.requirements,
        benefits: o.benefits,
        contact: {
          name: 'Ansprechperson im Verein',
          email: `ehrenamt@${o.association.slice(0, 40)}.example`,
        },
        validFrom: berlinDay(-30, now).toISOString(),
        validUntil: berlinDay(180 + (i % 5) * 30, now).toISOString(),
        image: i % 4 === 0 ? image(i) : undefined,
        _status: 'published',
      },
      o.titleEn && round === 0 ? { title: o.titleEn } : undefined,
      round === 0 ? opportunityOthers(o.slug) : undefined,
    )
  }
  log(`Ehrenamtsangebote: ${opportunityIds.size}`)

  // News
  const newsIds = await w.existingSlugs('news', counts.news)
  for (let i = 0; i < counts.news; i++) {
    const base = baseNews[i % baseNews.length]
    const round = Math.floor(i / baseNews.length)
    await w.upsert(
      'news',
      newsIds,
      round === 0 ? base.slug : `${base.slug}-${round + 1}`,
      {
        title: round === 0 ? base.title : `${base.title} (${round + 1})`,
        excerpt: base.excerpt,
        body: richText(...base.body),
        association: base.association ? association(base.association) : undefined,
        topics: base.topics.map(topic),
        publishedDate: berlin(berlinDay(-(base.daysAgo + round), now), '09:00').toISOString(),
        image: i % 2 === 0 ? image(i) : undefined,
        _status: 'published',
      },
      base.titleEn && round === 0 ? { title: base.titleEn } : undefined,
    )
  }
  log(`Meldungen: ${newsIds.size}`)

  // Fixed pages
  const pageIds = await w.existingSlugs('pages')
  for (const p of pages) {
    await w.upsert(
      'pages',
      pageIds,
      p.slug,
      { title: p.title, summary: p.summary, body: p.body, _status: 'published' },
      { title: p.titleEn },
    )
  }
}

/** Ukrainian and Arabic title, summary and body of an event from a translated template. */
function eventOthers(title: string) {
  const tr = eventTranslations[title]
  if (!tr) return undefined
  const fields = (x: (typeof tr)['uk'], line: string) => ({
    title: x.title,
    summary: x.summary,
    body: richText(x.summary, line),
  })
  return { uk: fields(tr.uk, eventBodyLine.uk), ar: fields(tr.ar, eventBodyLine.ar) }
}

/** Ukrainian and Arabic title, summary and body of a translated offer. */
function opportunityOthers(slug: string) {
  const tr = opportunityTranslations[slug]
  if (!tr) return undefined
  const fields = (x: (typeof tr)['uk'], line: string) => ({
    title: x.title,
    summary: x.summary,
    body: richText(x.summary, line),
  })
  return { uk: fields(tr.uk, offerBodyLine.uk), ar: fields(tr.ar, offerBodyLine.ar) }
}
