// The build's content read (site/src/lib/cms.ts) is tuned for speed at city scale: larger pages
// read in parallel. What it reads must stay exactly what reading every page in turn gives, on a
// seeded CMS with drafts, translations and the fixture's edge cases, in every language.
import { stringify } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLIC_COLLECTIONS } from '../../cms/src/publish/publicContent'
import { loadSiteData, readContent } from '../../site/src/lib/cms'
import { makeFetcher } from '../../site/src/lib/cms-client'
import { localizedFields } from '../../site/src/lib/locale-merge'
import { locales } from '../../site/src/lib/snapshot'
import { budgets } from '../helpers/timeouts'
import { startSiteFixture, type SiteFixture } from './fixture'

let f: SiteFixture
beforeAll(async () => {
  f = await startSiteFixture('content-read', { build: false })
}, budgets.setup)
afterAll(() => f?.close())

/** The read as it was: one page of 100 after the other, German whole, other languages only their own fields. */
async function referenceRead(cmsUrl: string) {
  const get = async (pathAndQuery: string) => (await fetch(`${cmsUrl}${pathAndQuery}`)).json()
  const select = (fields: string[]) =>
    Object.fromEntries(
      fields.map((field) => {
        const [head, ...rest] = field.split('.')
        return [head, rest.length ? { [rest.join('.')]: true } : true]
      }),
    )
  const raw: Record<string, Record<string, unknown[]>> = {}
  const settings: Record<string, unknown> = {}
  for (const locale of locales) {
    raw[locale] = {}
    for (const name of PUBLIC_COLLECTIONS) {
      const own =
        locale === 'de'
          ? { locale }
          : { locale, 'fallback-locale': 'none', select: select(localizedFields[name]) }
      const docs: unknown[] = []
      for (let page = 1; ; page++) {
        const q = stringify(
          { limit: 100, page, depth: 0, sort: 'id', ...own },
          { addQueryPrefix: true, arrayFormat: 'comma', encodeValuesOnly: true },
        )
        const body = (await get(`/api/${name}${q}`)) as { docs: unknown[]; hasNextPage: boolean }
        docs.push(...body.docs)
        if (!body.hasNextPage) break
      }
      raw[locale][name] = docs
    }
    settings[locale] = await get(`/api/globals/settings?depth=0&locale=${locale}`)
  }
  return { raw, settings }
}

describe('reading the content for a build', () => {
  it('reads exactly what paging through every document in turn reads, in every language', async () => {
    const cmsUrl = f.cms.api!.url
    const reference = await referenceRead(cmsUrl)
    // The fixture has more of several collections than three: a page size of 3 makes many pages.
    expect(reference.raw.de.events.length).toBeGreaterThan(9)
    for (const pageSize of [3, undefined]) {
      const read = await readContent(makeFetcher(cmsUrl, 30_000), { pageSize })
      expect(read.raw).toEqual(reference.raw)
      expect(read.settings).toEqual(reference.settings)
    }
  })

  it('gives the same snapshot whatever the page size', async () => {
    const cmsUrl = f.cms.api!.url
    // What the CMS gives; Consul's part (participation, politics) and the enquiry statistics carry
    // the time they were read.
    const snapshot = async (pageSize?: number) => {
      const { content, enquiries, skipped, read } = await loadSiteData({
        cmsUrl,
        mediaDir: `${f.cms.dataDir}/media-read-${pageSize ?? 'default'}`,
        pageSize,
      })
      // As the build writes it for the pages: JSON.
      const stats = { ...enquiries, generatedAt: undefined }
      return JSON.parse(JSON.stringify({ content, stats, skipped, read })) as { content: typeof content }
    }
    const small = await snapshot(3)
    expect(small.content.en.translated.events.length).toBeGreaterThan(0)
    expect(Object.keys(small.content.de.images).length).toBeGreaterThan(0)
    const usual = await snapshot()
    expect(usual).toEqual(small)
  })
})
