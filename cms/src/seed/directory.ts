// The seed's directory: demo accounts, topics and districts, pictures, and the associations with
// their networks (handwritten ones, then generated ones for benchmark-sized datasets).
import type { Payload } from 'payload'

import { slugify } from '../lib/slugify'
import { associations as baseAssociations, type AssociationSeed } from './data/associations'
import { districts, topics } from './data/taxonomy'
import { associationTranslations, topicTranslations } from './data/translations'
import { demoImages, renderDemoImage } from './images'
import { richText } from './lexical'
import { rng } from './random'
import { context, type SeedWriter } from './writer'

export type Directory = {
  topic: (slug: string) => number
  district: (slug: string) => number
  image: (i: number) => number | string
  association: (slug: string) => number
  associationIds: Map<string, number | string>
  /** The generated associations, which organise the generated events and offers. */
  extraOrganizers: AssociationSeed[]
}

type Account = { email: string; password: string }
type Accounts = { admin: Account; editor: Account; club: Account & { association: string } }

export async function seedDirectory(
  payload: Payload,
  w: SeedWriter,
  options: { accounts: Accounts; associations: number; log: (message: string) => void },
): Promise<Directory> {
  const { accounts, log } = options
  const counts = { associations: options.associations }
  const random = rng(2026)

  // Accounts
  for (const [role, account] of Object.entries({ admin: accounts.admin, editor: accounts.editor })) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      depth: 0,
    })
    if (found.docs.length) {
      w.skip()
      continue
    }
    await payload.create({
      collection: 'users',
      data: {
        ...account,
        role: role as 'admin' | 'editor',
        name: role === 'admin' ? 'Administration (Demo)' : 'Stadtredaktion (Demo)',
      },
      context,
    })
    w.count('users')
  }

  // Vocabularies
  const topicIds = await w.existingSlugs('topics')
  for (const t of topics)
    await w.upsert(
      'topics',
      topicIds,
      t.slug,
      { name: t.de, description: t.description },
      { name: t.en },
      topicTranslations[t.slug],
    )
  const districtIds = await w.existingSlugs('districts')
  for (const d of districts) await w.upsert('districts', districtIds, d.slug, { name: d.name, kind: d.kind })
  const topic = (slug: string) => topicIds.get(slug) as number
  const district = (slug: string) => districtIds.get(slug) as number
  log(`Themen und Stadtteile: ${topicIds.size} / ${districtIds.size}`)

  // Pictures
  const media = await payload.find({
    collection: 'media',
    where: { credit: { like: 'Demo-Grafik' } },
    limit: 100,
    depth: 0,
    sort: 'createdAt',
  })
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
    await payload.update({
      collection: 'media',
      id: doc.id,
      data: { alt: demoImages[i].altEn },
      locale: 'en',
      context,
    })
    imageIds.push(doc.id)
    w.count('media')
  }
  const image = (i: number) => imageIds[i % imageIds.length]

  // Associations: handwritten ones, then generated ones for larger datasets
  const associationSeeds: AssociationSeed[] = [...baseAssociations]
  for (let n = associationSeeds.length; n < counts.associations; n++)
    associationSeeds.push(syntheticAssociation(n, random))
  const associationIds = await w.existingSlugs('associations', counts.associations)
  for (const [i, a] of associationSeeds.slice(0, counts.associations).entries()) {
    await w.upsert(
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
      associationOthers(a.slug, a.name),
    )
  }
  // Network memberships need the networks' ids, so they are set once all associations exist.
  for (const a of associationSeeds.slice(0, counts.associations)) {
    if (!a.networks?.length) continue
    const id = associationIds.get(a.slug)!
    const current = await payload.findByID({ collection: 'associations', id, depth: 0, context })
    if (current.networks?.length) continue
    await payload.update({
      collection: 'associations',
      id,
      data: { networks: a.networks.map((s) => associationIds.get(s) as number) },
      context,
      depth: 0,
    })
  }
  const association = (slug: string) => associationIds.get(slug) as number
  log(`Vereine: ${associationIds.size}`)

  // A club volunteer's account, to show self-service and editorial review in the demo.
  const club = await payload.find({
    collection: 'users',
    where: { email: { equals: accounts.club.email } },
    limit: 1,
    depth: 0,
  })
  if (club.docs.length) {
    w.skip()
  } else if (associationIds.has(accounts.club.association)) {
    await payload.create({
      collection: 'users',
      data: {
        email: accounts.club.email,
        password: accounts.club.password,
        role: 'association',
        name: 'Vereinskonto Ruderclub (Demo)',
        associations: [association(accounts.club.association)],
      },
      context,
    })
    w.count('users')
  }

  return {
    topic,
    district,
    image,
    association,
    associationIds,
    extraOrganizers: associationSeeds.slice(baseAssociations.length),
  }
}

const syntheticPrefixes = [
  'Sportgemeinschaft',
  'Förderverein',
  'Initiative',
  'Freundeskreis',
  'Bürgerverein',
  'Kulturverein',
  'Interessengemeinschaft',
  'Nachbarschaftshilfe',
]
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

/** Ukrainian and Arabic fields of a demo association (names stay German). */
function associationOthers(slug: string, name: string) {
  const tr = associationTranslations[slug]
  if (!tr) return undefined
  const fields = (x: (typeof tr)['uk']) => ({
    name,
    shortDescription: x.short,
    ...(x.meeting ? { meetingTimes: x.meeting } : {}),
    ...(x.about ? { description: richText(...x.about) } : {}),
  })
  return { uk: fields(tr.uk), ar: fields(tr.ar) }
}
