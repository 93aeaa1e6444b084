import type { CollectionSlug, Payload, RequestContext } from 'payload'

import { slugify } from '../lib/slugify'
import { SKIP_PUBLISH_CONTEXT } from '../publish/settings'
import { associations as baseAssociations, type AssociationSeed } from './data/associations'
import { eventTemplates } from './data/events'
import { news as baseNews } from './data/news'
import { opportunities as baseOpportunities } from './data/opportunities'
import { accessibilityStatement } from './data/accessibility'
import { pages } from './data/pages'
import { districts, topics } from './data/taxonomy'
import { demoImages, renderDemoImage } from './images'
import { richText } from './lexical'
import { rng } from './random'
import { preferredOffset, scheduleEvent } from './schedule'
import { berlin, berlinDay, ymd } from './time'

export type SeedCounts = { associations: number; events: number; opportunities: number; news: number }
export const baseCounts: SeedCounts = { associations: baseAssociations.length, events: 60, opportunities: 20, news: 12 }

export type SeedOptions = {
  /** Multiplies the demo counts (benchmarks); extra entries are generated deterministically. */
  scale?: number
  /** Exact counts, overriding scale (e.g. a city-scale benchmark dataset). */
  counts?: Partial<SeedCounts>
  log?: (message: string) => void
  now?: Date
}

export type SeedResult = { created: Record<string, number>; skipped: number; ms: number }

export const demoAccounts = () => ({
  admin: {
    email: process.env.SEED_ADMIN_EMAIL || 'admin@example.org',
    password: process.env.SEED_ADMIN_PASSWORD || 'Vier-Tore-Stadt-2026',
  },
  editor: { email: 'redaktion@example.org', password: 'Tollensesee-Demo-2026' },
  club: { email: 'verein@example.org', password: 'Ruderboot-am-See-2026', association: 'ruderclub-tollensesee-1921' },
})

// Publish hooks (site rebuilds) should see one change after seeding, not thousands.
const context: RequestContext = { [SKIP_PUBLISH_CONTEXT]: true }

/**
 * Fills an empty database with fictional Neubrandenburg content. Every document is looked up by
 * its slug first, so running it again changes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now()
  const log = options.log ?? (() => {})
  const scale = Math.max(1, options.scale ?? 1)
  const counts: SeedCounts = {
    associations: Math.round(baseCounts.associations * scale),
    events: Math.round(baseCounts.events * scale),
    opportunities: Math.round(baseCounts.opportunities * scale),
    news: Math.round(baseCounts.news * scale),
    ...options.counts,
  }
  const created: Record<string, number> = {}
  let skipped = 0
  const random = rng(2026)

  // Documents are looked up in the collection's own rows, not only through their versions: a save
  // that failed between the document and its version row (SQLite runs without transactions; e.g.
  // "database is locked") leaves a document no draft query shows. Such a document is saved once
  // more, which writes its version, instead of being created again (which stopped on its slug).
  const existingSlugs = async (collection: CollectionSlug) => {
    const read = (draft: boolean) =>
      payload.find({ collection, limit: 0, pagination: false, depth: 0, draft, select: { slug: true } as never, context })
    const docs = (await read(false)).docs as unknown as { id: number | string; slug?: string }[]
    if (payload.collections[collection].config.versions?.drafts) {
      const versioned = new Set(((await read(true)).docs as unknown as { id: number | string }[]).map((d) => d.id))
      for (const doc of docs.filter((d) => !versioned.has(d.id))) {
        await payload.update({ collection, id: doc.id, data: {}, context, depth: 0 })
        log(`${collection} ${doc.slug}: fehlende Version nachgetragen`)
      }
    }
    return new Map(docs.map((d) => [String(d.slug), d.id]))
  }

  async function upsert<T extends Record<string, unknown>>(
    collection: CollectionSlug,
    known: Map<string, number | string>,
    slug: string,
    data: T,
    english?: Record<string, unknown>,
  ): Promise<number | string> {
    const id = known.get(slug)
    if (id !== undefined) {
      skipped++
      return id
    }
    const doc = await payload.create({ collection, data: { ...data, slug } as never, locale: 'de', context, depth: 0 })
    if (english && Object.keys(english).length) {
      await payload.update({ collection, id: doc.id, data: english as never, locale: 'en', context, depth: 0 })
    }
    known.set(slug, doc.id)
    created[collection] = (created[collection] ?? 0) + 1
    return doc.id
  }

  // Accounts
  const accounts = demoAccounts()
  for (const [role, account] of Object.entries({ admin: accounts.admin, editor: accounts.editor })) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, limit: 1, depth: 0 })
    if (found.docs.length) {
      skipped++
      continue
    }
    await payload.create({ collection: 'users', data: { ...account, role: role as 'admin' | 'editor', name: role === 'admin' ? 'Administration (Demo)' : 'Stadtredaktion (Demo)' }, context })
    created.users = (created.users ?? 0) + 1
  }

  // Vocabularies
  const topicIds = await existingSlugs('topics')
  for (const t of topics) await upsert('topics', topicIds, t.slug, { name: t.de, description: t.description }, { name: t.en })
  const districtIds = await existingSlugs('districts')
  for (const d of districts) await upsert('districts', districtIds, d.slug, { name: d.name, kind: d.kind })
  const topic = (slug: string) => topicIds.get(slug) as number
  const district = (slug: string) => districtIds.get(slug) as number
  log(`Themen und Stadtteile: ${topicIds.size} / ${districtIds.size}`)

  // Pictures
  const media = await payload.find({ collection: 'media', where: { credit: { like: 'Demo-Grafik' } }, limit: 100, depth: 0, sort: 'createdAt' })
  const imageIds = media.docs.map((m) => m.id)
  for (let i = imageIds.length; i < demoImages.length; i++) {
    const data = await renderDemoImage(i)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: demoImages[i].alt, credit: `Demo-Grafik ${i + 1}` },
      file: { data, mimetype: 'image/png', name: `demo-grafik-${i + 1}.png`, size: data.length },
      locale: 'de',
      context,
    })
    await payload.update({ collection: 'media', id: doc.id, data: { alt: demoImages[i].altEn }, locale: 'en', context })
    imageIds.push(doc.id)
    created.media = (created.media ?? 0) + 1
  }
  const image = (i: number) => imageIds[i % imageIds.length]

  // Associations: handwritten ones, then generated ones for larger datasets
  const associationSeeds: AssociationSeed[] = [...baseAssociations]
  for (let n = associationSeeds.length; n < counts.associations; n++) associationSeeds.push(syntheticAssociation(n, random))
  const associationIds = await existingSlugs('associations')
  for (const [i, a] of associationSeeds.slice(0, counts.associations).entries()) {
    await upsert(
      'associations',
      associationIds,
      a.slug,
      {
        name: a.name,
        shortDescription: a.short,
        description: richText(...a.about),
        kind: a.kind,
        topics: a.topics.map(topic),
        district: district(a.district),
        address: { street: a.street, postalCode: a.postalCode, city: 'Neubrandenburg' },
        contact: {
          name: a.person,
          email: `kontakt@${a.slug.slice(0, 40)}.example`,
          phone: `0395 ${String(5550100 + i).replace(/(\d{3})(\d{4})/, '$1 $2')}`,
          website: `https://${a.slug.slice(0, 40)}.example`,
        },
        meetingTimes: a.meeting,
        languages: a.languages ?? ['de'],
        accessibility: { wheelchair: a.wheelchair ?? 'unknown' },
        foundedYear: a.founded,
        lookingForMembers: a.looking ?? false,
        featured: a.featured ?? false,
        logo: i < 12 ? image(i) : undefined,
        _status: 'published',
      },
      a.shortEn ? { name: a.name, shortDescription: a.shortEn } : undefined,
    )
  }
  // Network memberships need the networks' ids, so they are set once all associations exist.
  for (const a of associationSeeds.slice(0, counts.associations)) {
    if (!a.networks?.length) continue
    const id = associationIds.get(a.slug)!
    const current = await payload.findByID({ collection: 'associations', id, depth: 0, context })
    if (current.networks?.length) continue
    await payload.update({ collection: 'associations', id, data: { networks: a.networks.map((s) => associationIds.get(s) as number) }, context, depth: 0 })
  }
  const association = (slug: string) => associationIds.get(slug) as number
  log(`Vereine: ${associationIds.size}`)

  // A club volunteer's account, to show self-service and editorial review in the demo.
  const club = await payload.find({ collection: 'users', where: { email: { equals: accounts.club.email } }, limit: 1, depth: 0 })
  if (club.docs.length) {
    skipped++
  } else if (associationIds.has(accounts.club.association)) {
    await payload.create({
      collection: 'users',
      data: { email: accounts.club.email, password: accounts.club.password, role: 'association', name: 'Vereinskonto Ruderclub (Demo)', associations: [association(accounts.club.association)] },
      context,
    })
    created.users = (created.users ?? 0) + 1
  }

  // Events over the coming 90 days
  const now = options.now ?? new Date()
  const eventIds = await existingSlugs('events')
  const extraOrganizers = associationSeeds.slice(baseAssociations.length)
  const usedDays = new Set<string>()
  for (let i = 0; i < counts.events; i++) {
    // The demo's 60 events keep their days whatever the requested count; extra ones fill in.
    // Each on a day that suits it: seasons and weekdays of the template, no holidays (./schedule.ts).
    const generated = i >= baseCounts.events
    const { template: t, dayOffset, day } = scheduleEvent(eventTemplates, i, preferredOffset(i, baseCounts.events), now, generated ? undefined : usedDays)
    const start = t.allDay ? berlin(day, '00:00') : berlin(day, t.time)
    const end = t.allDay
      ? berlin(berlinDay(dayOffset + (t.days ?? 1) - 1, now), '23:59')
      : new Date(start.getTime() + t.hours * 3600_000)
    const organizer = i >= eventTemplates.length * 3 && extraOrganizers.length
      ? associationIds.get(extraOrganizers[i % extraOrganizers.length].slug)
      : association(t.organizer)
    const cancelled = i === 7 || i === 41
    const attendance = t.attendance ?? 'onsite'
    await upsert(
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
        venue: attendance === 'online' ? undefined : { name: t.venue, street: t.street, postalCode: '17033', city: 'Neubrandenburg' },
        onlineUrl: attendance === 'onsite' ? undefined : 'https://meet.example.org/neubrandenburg-ehrenamt',
        topics: t.topics.map(topic),
        district: district(t.district),
        targetGroups: t.targetGroups,
        price: t.price ? { isFree: false, text: t.price } : { isFree: true },
        registration: t.registration
          ? { required: true, url: 'https://anmeldung.example.org/neubrandenburg', deadline: new Date(start.getTime() - 86_400_000).toISOString() }
          : { required: false },
        accessibilityNotes: t.accessibility,
        image: i % 3 === 0 ? image(i) : undefined,
        cancelled,
        cancellationNote: cancelled ? 'Die Veranstaltung fällt wegen Erkrankung aus. Ein Ersatztermin folgt.' : undefined,
        _status: 'published',
      },
      t.titleEn ? { title: t.titleEn } : undefined,
    )
  }
  log(`Veranstaltungen: ${eventIds.size}`)

  // Volunteer opportunities
  const opportunityIds = await existingSlugs('opportunities')
  for (let i = 0; i < counts.opportunities; i++) {
    const base = baseOpportunities[i % baseOpportunities.length]
    const round = Math.floor(i / baseOpportunities.length)
    const o = round === 0 ? base : { ...base, slug: `${base.slug}-${round + 1}`, association: extraOrganizers.length ? extraOrganizers[i % extraOrganizers.length].slug : base.association }
    await upsert(
      'opportunities',
      opportunityIds,
      o.slug,
      {
        title: round === 0 ? o.title : `${o.title} (${round + 1})`,
        summary: o.summary,
        body: richText(o.summary, 'Melden Sie sich gern unverbindlich – wir vereinbaren ein erstes Kennenlernen.'),
        association: association(o.association),
        topics: o.topics.map(topic),
        district: district(o.district),
        commitment: o.commitment,
        timeNeeded: { hours: o.hours, per: o.per },
        targetGroups: o.targetGroups,
        suitability: o.suitability,
        requirements: o.requirements,
        benefits: o.benefits,
        contact: { name: 'Ansprechperson im Verein', email: `ehrenamt@${o.association.slice(0, 40)}.example` },
        validFrom: berlinDay(-30, now).toISOString(),
        validUntil: berlinDay(180 + (i % 5) * 30, now).toISOString(),
        image: i % 4 === 0 ? image(i) : undefined,
        _status: 'published',
      },
      o.titleEn && round === 0 ? { title: o.titleEn } : undefined,
    )
  }
  log(`Ehrenamtsangebote: ${opportunityIds.size}`)

  // News
  const newsIds = await existingSlugs('news')
  for (let i = 0; i < counts.news; i++) {
    const base = baseNews[i % baseNews.length]
    const round = Math.floor(i / baseNews.length)
    await upsert(
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
  const pageIds = await existingSlugs('pages')
  for (const p of pages) {
    await upsert('pages', pageIds, p.slug, { title: p.title, summary: p.summary, body: p.body, _status: 'published' }, { title: p.titleEn })
  }

  // Site settings, once
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0 })
  if (!settings.intro) {
    await payload.updateGlobal({
      slug: 'settings',
      context,
      data: {
        siteName: 'Unser Neubrandenburg',
        intro: 'Vereine, Ehrenamt und Veranstaltungen in Neubrandenburg – und der Weg zur Bürgerbeteiligung der Stadt.',
        participation: { url: 'https://p26.digital', showTeaser: true, teaserCount: 3 },
        cityWebsiteUrl: 'https://www.neubrandenburg.de',
        contact: { name: 'Stadtredaktion Unser Neubrandenburg', email: 'redaktion@neubrandenburg.example', phone: '0395 555-0000', address: 'Friedrich-Engels-Ring 53\n17033 Neubrandenburg' },
        footerLinks: [
          { label: 'Impressum', url: '/seiten/impressum' },
          { label: 'Datenschutz', url: '/seiten/datenschutz' },
          { label: 'Barrierefreiheit', url: '/seiten/barrierefreiheit' },
          { label: 'Leichte Sprache', url: '/seiten/leichte-sprache' },
        ],
        accessibility: accessibilityStatement(now),
      },
    })
    await payload.updateGlobal({ slug: 'settings', locale: 'en', context, data: { intro: 'Clubs, volunteering and events in Neubrandenburg – and the way to the city’s citizen participation.' } })
    created.settings = 1
  } else if (!settings.accessibility?.preparedOn) {
    // Databases seeded before the statement became structured fields get the demo statement once.
    await payload.updateGlobal({ slug: 'settings', context, data: { accessibility: accessibilityStatement(now) } })
    created.settings = 1
  } else {
    skipped++
  }

  return { created, skipped, ms: Date.now() - started }
}

const syntheticPrefixes = ['Sportgemeinschaft', 'Förderverein', 'Initiative', 'Freundeskreis', 'Bürgerverein', 'Kulturverein', 'Interessengemeinschaft', 'Nachbarschaftshilfe']
const syntheticTopics = topics.map((t) => t.slug)

/** A plausible generated association for benchmark-sized datasets. */
function syntheticAssociation(n: number, random: ReturnType<typeof rng>): AssociationSeed {
  const d = random.pick(districts)
  const prefix = random.pick(syntheticPrefixes)
  const name = `${prefix} ${d.name} ${n}`
  return {
    slug: slugify(name),
    name,
    kind: random.next() < 0.85 ? 'club' : 'initiative',
    topics: random.some(syntheticTopics, random.int(1, 3)),
    district: d.slug,
    short: `${prefix} im Stadtteil ${d.name}: Wir treffen uns regelmäßig und freuen uns über neue Gesichter.`,
    about: [`Der ${prefix} ${d.name} ${n} ist ein Beispiel-Eintrag für größere Testdaten.`],
    street: `Musterstraße ${n}`,
    postalCode: '17033',
    meeting: 'Nach Vereinbarung',
    looking: random.next() < 0.4,
    person: `Ansprechperson ${n}`,
  }
}

