// The sitemap at city scale: @astrojs/sitemap 3.7.4 sorted its addresses with
// `a.localeCompare(b, "en", { numeric: true })`, which builds a collator per comparison: 1.4 s of
// every build and publish at 20,000 addresses. scripts/patches/ gives the sort one collator
// (patch-package applies it on `npm install`); same order. This checks the installed package.
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterEach, describe, expect, it, vi } from 'vitest'

const require = createRequire(import.meta.url)
const packageDir = path.dirname(require.resolve('@astrojs/sitemap/package.json'))
type Generate = (pages: string[], site: string, opts?: object) => { url: string }[]
const { generateSitemap } = (await import(
  pathToFileURL(path.join(packageDir, 'dist/generate-sitemap.js')).href
)) as { generateSitemap: Generate }

describe('sitemap order', () => {
  afterEach(() => vi.restoreAllMocks())

  it('sorts the addresses with one collator, in the same order as before', () => {
    const site = 'https://unser-nb.de/'
    const sections = ['veranstaltungen', 'vereine', 'en/vereine', 'ar/neuigkeiten', 'engagement']
    const urls = [
      ...Array.from(
        { length: 3000 },
        (_, i) => `${site}${sections[i % sections.length]}/eintrag-${(i * 7919) % 3001}/`,
      ),
      `${site}neuigkeiten/eintrag-10/`,
      `${site}neuigkeiten/eintrag-9/`,
    ]
    const expected = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    const perComparison = vi.spyOn(String.prototype, 'localeCompare')
    const sorted = generateSitemap(urls, site).map((u) => u.url)
    expect(perComparison).not.toHaveBeenCalled()
    expect(sorted).toEqual(expected)
    // Numeric: "eintrag-9" before "eintrag-10".
    const at = (url: string) => sorted.indexOf(`${site}${url}`)
    expect(at('neuigkeiten/eintrag-9/')).toBe(at('neuigkeiten/eintrag-10/') - 1)
  })
})
