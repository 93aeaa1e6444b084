// "Adding a language is one line plus its message file": a copy of the repository gets one line in
// cms/src/locales.ts and a message file site/src/i18n/pl.ts (texts and option labels); nothing else
// changes. The copy's CMS accepts Polish content and its
// site build has the Polish pages, switcher entries and search index.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '../..')
let copy: string
let outDir: string
let output = ''

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-extra-locale-'))
  const skip = new Set(['node_modules', 'dist', '.astro', '.vite', '.next'])
  for (const dir of ['cms', 'site', 'scripts', 'tests']) {
    fs.cpSync(path.join(repo, dir), path.join(copy, dir), {
      recursive: true,
      filter: (src) => !skip.has(path.basename(src)),
    })
  }
  for (const file of ['package.json', 'tsconfig.json', 'netlify.toml'])
    fs.copyFileSync(path.join(repo, file), path.join(copy, file))
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'))

  // The line in the list of languages.
  const locales = path.join(copy, 'cms/src/locales.ts')
  const anchor =
    "  { code: 'ar', label: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', hreflang: 'ar', pagefind: 'ar' },\n"
  const source = fs.readFileSync(locales, 'utf8')
  expect(source).toContain(anchor)
  fs.writeFileSync(
    locales,
    source.replace(
      anchor,
      `${anchor}  { code: 'pl', label: 'Polski', dir: 'ltr', intl: 'pl-PL', hreflang: 'pl', pagefind: 'pl' },\n`,
    ),
  )
  // The message file (English texts standing in for a translator's work).
  const en = fs.readFileSync(path.join(copy, 'site/src/i18n/en.ts'), 'utf8')
  fs.writeFileSync(
    path.join(copy, 'site/src/i18n/pl.ts'),
    en
      .replace('export const en: Messages', 'export const pl: Messages')
      .replace("skip: 'Skip to content'", "skip: 'Przejdź do treści'")
      .replace("club: 'Club',", "club: 'Stowarzyszenie',"),
  )
  outDir = path.join(copy, 'out')
  const run = spawnSync(
    path.join(repo, 'node_modules/.bin/tsx'),
    ['tests/site/extra-locale/build.ts', outDir],
    {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, PAYLOAD_JOBS_AUTORUN: 'false', DATABASE_URI: '' },
      timeout: 540_000,
    },
  )
  output = `${run.stdout}\n${run.stderr}`
  expect(run.status, output.slice(-3000)).toBe(0)
}, 600_000)
afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true })
})

describe('a fifth language', () => {
  it('builds its pages from one more line in the list of languages and its message file', () => {
    const read = (p: string) => fs.readFileSync(path.join(outDir, p), 'utf8')
    expect(read('pl/index.html')).toContain('<html lang="pl" dir="ltr"')
    expect(read('pl/index.html')).toContain('Przejdź do treści')
    for (const page of [
      'vereine',
      'veranstaltungen',
      'ehrenamt',
      'mitmachen',
      'suche',
      'seiten/barrierefreiheit',
    ]) {
      expect(fs.existsSync(path.join(outDir, `pl/${page}/index.html`)), page).toBe(true)
    }
    // Content translated in the CMS gets its page; the switcher on every page offers the language.
    const club = read('pl/vereine/ruderclub-tollensesee-1921/index.html')
    expect(club).toContain('Wioślarstwo dla młodszych')
    // Its option labels come from the same file (the association's kind, "Verein" in German).
    expect(club).toContain('Stowarzyszenie')
    expect(read('vereine/ruderclub-tollensesee-1921/index.html')).toContain(
      '<a href="/pl/vereine/ruderclub-tollensesee-1921/" hreflang="pl" lang="pl" dir="ltr">Polski</a>',
    )
    expect(read('uk/index.html')).toContain('<a href="/pl/" hreflang="pl" lang="pl" dir="ltr">Polski</a>')
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> }
    expect(Object.keys(entry.languages)).toContain('pl')
    expect(JSON.parse(read('pl/manifest.webmanifest'))).toMatchObject({ lang: 'pl', start_url: '/pl/' })
  })
})
