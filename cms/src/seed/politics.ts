import type { Payload } from 'payload'

import { context } from './writer'

// `npm start` only (scripts/start.ts): points the politics settings at the local demo server with
// the recorded council meetings and service reports (scripts/lib/demo-politics.ts), marked as
// "Beispieldaten", and gives a district and a topic the links (and the district the area) that
// join them on their pages.
// A database whose editors entered real addresses (demo mark off) is left alone.
export async function seedDemoPolitics(
  payload: Payload,
  demo: { url: string; oparlUrl: string; open311Url: string; consulUrl?: string },
): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0 })
  const p = settings.politics
  if (p?.oparlUrl && !p.demoData) return false
  const districts = await payload.find({
    collection: 'districts',
    where: { slug: { in: ['katharinenviertel', 'innenstadt', 'datzeberg'] } },
    depth: 0,
    limit: 3,
  })
  const bySlug = new Map(districts.docs.map((d) => [d.slug, d]))
  await payload.updateGlobal({
    slug: 'settings',
    context,
    data: {
      // The demo's Consul (proposals, budget projects) only while the platform is Consul's
      // default or the demo's own: an address an editor entered stays.
      ...(demo.consulUrl && isDefaultOrLocal(settings.participation?.url)
        ? { participation: { ...settings.participation, url: demo.consulUrl } }
        : {}),
      politics: {
        demoData: true,
        oparlUrl: demo.oparlUrl,
        councilWebsiteUrl: `${demo.url}/`,
        open311Url: demo.open311Url,
        reportUrl: `${demo.url}/melden`,
        // Consul's geozones carry our districts' names.
        geozones: [...bySlug.values()].map((d) => ({ geozone: d.name, district: d.id })),
      },
    },
  })
  const katharinen = bySlug.get('katharinenviertel')
  if (katharinen)
    await payload.update({
      collection: 'districts',
      id: katharinen.id,
      context,
      data: {
        councilPapers: [
          {
            title: 'Vorlage 0815/2026: Neugestaltung des Spielplatzes Katharinenstraße',
            url: `${demo.url}/vo0050.asp?__kvonr=815`,
          },
        ],
        // Around the recorded reports in the Ziegelbergstraße and at the recycling point.
        serviceArea: { south: 53.54, north: 53.56, west: 13.24, east: 13.27 },
      },
    })
  // A paper on a topic page, as editors link them (the topic's "Vorlagen" field).
  const seniors = (
    await payload.find({ collection: 'topics', where: { slug: { equals: 'senioren' } }, depth: 0, limit: 1 })
  ).docs[0]
  if (seniors)
    await payload.update({
      collection: 'topics',
      id: seniors.id,
      context,
      data: {
        councilPapers: [
          {
            title: 'Vorlage 0912/2026: Bericht des Seniorenbeirats',
            url: `${demo.url}/vo0050.asp?__kvonr=912`,
          },
        ],
      },
    })
  return true
}

const isDefaultOrLocal = (url: string | null | undefined) =>
  !url || url === 'https://p26.digital' || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(url)
