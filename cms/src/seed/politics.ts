import type { Payload } from 'payload'

import { context } from './writer'

// `npm start` only (scripts/start.ts): points the politics settings at the local demo server with
// the recorded council meetings and service reports (scripts/lib/demo-politics.ts), marked as
// "Beispieldaten", and gives two districts the links and area that join them on their pages.
// A database whose editors entered real addresses (demo mark off) is left alone.
export async function seedDemoPolitics(
  payload: Payload,
  demo: { url: string; oparlUrl: string; open311Url: string },
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
  return true
}
