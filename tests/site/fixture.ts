import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildSite, type BuildSiteResult } from '../../scripts/build-site'
import { seed } from '../../cms/src/seed/index'
import { startTestCms, type TestCms } from '../helpers/cms'
import { startConsulStandIn, type ConsulStandIn } from '../participation/consul-stand-in'

// One seeded CMS and one site build per test file, plus the edge cases the issue names:
// drafts, an expired offer, past and cancelled events, umlauts and HTML in titles, DST.

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const paragraph = (...children: unknown[]) => block('paragraph', children, { textFormat: 0, textStyle: '' })
// Typed loosely on purpose: the generated type spells out Lexical's shape, this builds it.
const richText = (...paragraphs: unknown[]) => ({ root: block('root', paragraphs) }) as never

const day = 24 * 3600 * 1000

export type SiteFixture = {
  cms: TestCms
  /** Local stand-in for the city's Consul instance (tests never reach the internet). */
  consul: ConsulStandIn
  site: BuildSiteResult
  now: Date
  edge: {
    association: { id: number | string; slug: string; name: string; word: string; misspelt: string }
    network: { slug: string }
    draftAssociation: { slug: string; name: string }
    republishedAssociation: { slug: string; publishedName: string; draftName: string }
    expiredOpportunity: { slug: string; title: string }
    currentOpportunity: { slug: string; title: string }
    pastEvent: { slug: string; title: string }
    cancelledEvent: { slug: string; title: string }
    specialEvent: { slug: string; title: string }
    dstBefore: { slug: string; start: string }
    dstAfter: { slug: string; start: string }
    topic: { slug: string }
  }
  close: () => Promise<void>
}

export async function startSiteFixture(
  name: string,
  options: { build?: boolean } = {},
): Promise<SiteFixture> {
  const cms = await startTestCms({ api: true, name })
  const { payload } = cms
  const now = new Date()
  await seed(payload, { now })
  const consul = await startConsulStandIn('ok')
  // A seeded picture stands in for the coat of arms the city may allow (the emblem setting).
  const emblem = (await payload.find({ collection: 'media', limit: 1, depth: 0, sort: 'id' })).docs[0]
  await payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: consul.url, showTeaser: true, teaserCount: 3 }, emblem: emblem?.id },
  })

  const topic = await payload.create({ collection: 'topics', data: { name: 'Handarbeit & Tradition' } })
  const district = (await payload.find({ collection: 'districts', limit: 1, depth: 0 })).docs[0]

  const network = await payload.create({
    collection: 'associations',
    data: {
      name: 'Netzwerk Tollense-Handwerk',
      shortDescription: 'Dachverband der Handwerksvereine.',
      kind: 'network',
      _status: 'published',
    },
  })
  const association = await payload.create({
    collection: 'associations',
    data: {
      name: 'Klöppelkreis „Müller & Söhne“ <script>alert(1)</script>',
      shortDescription: 'Wir klöppeln gemeinsam – Anfängerinnen & Anfänger willkommen.',
      description: richText(
        paragraph(
          text('Bei uns lernen Sie die Spitzenklöppelei und das Filigranhäkeln in gemütlicher Runde.'),
        ),
        paragraph(
          block('link', [text('Gefährlicher Link')], {
            fields: { linkType: 'custom', newTab: false, url: 'javascript:alert(document.cookie)' },
          }),
        ),
        paragraph(text('<img src=x onerror=alert(2)> bleibt Text.')),
      ),
      kind: 'club',
      topics: [topic.id],
      district: district.id,
      networks: [network.id],
      lookingForMembers: true,
      contact: { email: 'kloeppeln@example.org' },
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'associations',
    id: association.id,
    locale: 'en',
    data: {
      name: 'Bobbin Lace Circle',
      shortDescription: 'We make bobbin lace together – beginners welcome.',
    },
  })
  const draft = await payload.create({
    collection: 'associations',
    data: {
      name: 'Geheimverein Entwurfsstadium',
      shortDescription: 'Noch nicht veröffentlicht.',
      kind: 'club',
      _status: 'draft',
    },
    draft: true,
  })
  const republished = await payload.create({
    collection: 'associations',
    data: {
      name: 'Imkerverein Lindetal',
      shortDescription: 'Bienen und Honig aus der Stadt.',
      kind: 'club',
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'associations',
    id: republished.id,
    data: { name: 'Imkerverein Lindetal UNVERÖFFENTLICHTE ÄNDERUNG' },
    draft: true,
  })

  const ymd = (d: Date) => d.toISOString().slice(0, 10)
  const expired = await payload.create({
    collection: 'opportunities',
    data: {
      title: 'Abgelaufen: Helfer für das Sommerfest',
      summary: 'Dieses Angebot ist vorbei.',
      association: association.id,
      commitment: 'oneOff',
      validFrom: `${ymd(new Date(now.getTime() - 60 * day))}T00:00:00.000Z`,
      validUntil: `${ymd(new Date(now.getTime() - 3 * day))}T00:00:00.000Z`,
      _status: 'published',
    },
  })
  const current = await payload.create({
    collection: 'opportunities',
    data: {
      title: 'Klöppel-Patenschaft für Neue',
      summary: 'Begleiten Sie neue Mitglieder.',
      association: association.id,
      commitment: 'regular',
      timeNeeded: { hours: 2, per: 'week' },
      suitability: ['seniors', 'littleGerman'],
      topics: [topic.id],
      _status: 'published',
    },
  })
  const mkEvent = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'events',
      data: {
        attendance: 'onsite',
        venue: { name: 'Haus der Kultur und Bildung' },
        organizers: [association.id],
        topics: [topic.id],
        _status: 'published',
        ...data,
      } as never,
    })
  const past = await mkEvent({
    title: 'Klöppel-Rückblick vom letzten Monat',
    start: new Date(now.getTime() - 20 * day).toISOString(),
    end: new Date(now.getTime() - 20 * day + 2 * 3600_000).toISOString(),
  })
  const cancelled = await mkEvent({
    title: 'Klöppel-Abend fällt aus',
    start: new Date(now.getTime() + 4 * day).toISOString(),
    cancelled: true,
    cancellationNote: 'Wegen Krankheit abgesagt.',
  })
  const special = await mkEvent({
    title: 'Tanz & „Kaffee“ <b>für</b> Jung & Alt – Größenwahn?',
    start: new Date(now.getTime() + 2 * day).toISOString(),
    price: { isFree: true },
  })
  // Around the next change to summer time (last Sunday of March): 19:00 Berlin on both sides.
  const year = now.getUTCMonth() >= 3 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()
  const lastSunday = new Date(Date.UTC(year, 2, 31))
  lastSunday.setUTCDate(31 - lastSunday.getUTCDay())
  const before = new Date(lastSunday.getTime() - day)
  const after = new Date(lastSunday.getTime() + day)
  const dstBefore = await mkEvent({
    title: 'Klöppeln vor der Zeitumstellung',
    start: `${ymd(before)}T18:00:00.000Z`,
  }) // 19:00 CET
  const dstAfter = await mkEvent({
    title: 'Klöppeln nach der Zeitumstellung',
    start: `${ymd(after)}T17:00:00.000Z`,
  }) // 19:00 CEST

  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `nb-site-${name}-`))
  const participationCacheFile = path.join(cms.dataDir, 'consul-cache.json')
  const site =
    options.build === false
      ? { outDir, pages: 0, ms: 0 }
      : await buildSite({ cmsUrl: cms.api!.url, outDir, participationCacheFile, log: () => {} })
  return {
    cms,
    consul,
    site,
    now,
    edge: {
      association: {
        id: association.id,
        slug: association.slug!,
        name: association.name,
        word: 'Filigranhäkeln',
        misspelt: 'Filigranhekeln',
      },
      network: { slug: network.slug! },
      draftAssociation: { slug: draft.slug!, name: draft.name },
      republishedAssociation: {
        slug: republished.slug!,
        publishedName: 'Imkerverein Lindetal',
        draftName: 'UNVERÖFFENTLICHTE ÄNDERUNG',
      },
      expiredOpportunity: { slug: expired.slug!, title: expired.title },
      currentOpportunity: { slug: current.slug!, title: current.title },
      pastEvent: { slug: past.slug!, title: past.title },
      cancelledEvent: { slug: cancelled.slug!, title: cancelled.title },
      specialEvent: { slug: special.slug!, title: special.title },
      dstBefore: { slug: dstBefore.slug!, start: dstBefore.start },
      dstAfter: { slug: dstAfter.slug!, start: dstAfter.start },
      topic: { slug: topic.slug! },
    },
    close: async () => {
      fs.rmSync(outDir, { recursive: true, force: true })
      await consul.close()
      await cms.close()
    },
  }
}

export const read = (f: SiteFixture, rel: string) => fs.readFileSync(path.join(f.site.outDir, rel), 'utf8')
export const exists = (f: SiteFixture, rel: string) => fs.existsSync(path.join(f.site.outDir, rel))
