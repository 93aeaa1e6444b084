// Builds the citizens' site: reads the published content from the CMS (failing loudly when the CMS
// is down), renders it with Astro into outDir, copies the images, and indexes it with Pagefind.
// `npm run build:site` runs it against PAYLOAD_URL (default http://localhost:3000) into site/dist.

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { dataDir } from '../cms/src/lib/paths'
import type { ContentChanges } from '../cms/src/publish/webhook'
import { loadSiteData, type SkippedDocument } from '../site/src/lib/cms'
import { embedOriginProblem } from '../cms/src/globals/settings/embeds'
import { writeHeadersFile } from './lib/header-policy'
import { netlifyRedirects } from './lib/netlify-rules'
import { scriptsConfig } from './config'
import { humhubRedirectsFor } from './humhub/redirects'
import { astroBuild } from './lib/astro-process'
import { linkTree, mirrorTree, removeStalePages } from './lib/incremental'
import { writeSearchIndex } from './lib/search-index'
import { writeServiceWorker } from './lib/service-worker'
import { listTree } from './lib/walk'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const siteRoot = path.join(repoRoot, 'site')

export type BuildSiteOptions = {
  cmsUrl: string
  outDir?: string
  log?: (message: string) => void
  /** Where the Consul reader keeps its last good snapshot (shown as "cached" when Consul is down). */
  participationCacheFile?: string
  /**
   * A directory that outlives the build (the build runner keeps one): with it, the build is
   * incremental. Astro copies every page whose content did not change from the last build there
   * instead of rendering it again (site/src/lib/deps.ts decides). Without it, every page is rendered.
   */
  cacheDir?: string
  /** What changed since the last build (the webhook's list): an incremental build reads only that. */
  changes?: ContentChanges
  /** A long-lived caller (the runner's worker): keep the next Astro process ready. */
  keepWarm?: boolean
}

export type BuildSiteResult = {
  outDir: string
  pages: number
  ms: number
  /** HTML files Pagefind read (detail pages; it indexes those marked data-pagefind-body). */
  searchPages?: number
  /** Where the time went (ms): reading the CMS, asking Consul, rendering with Astro, indexing with Pagefind. */
  phases?: { cms: number; consul: number; astro: number; pagefind: number; finish: number }
  /** Pages (and feeds) Astro rendered; the rest of `pages` was copied from the last build. */
  rendered?: number
  /** Whether all content was read from the CMS or only the changed documents. */
  read?: 'full' | 'changes'
  /** The search index's shards, and how many of them this build indexed (the rest came from the cache). */
  search?: { shards: number; indexed: number }
  /** Documents left out because the site cannot render them; everything else was published. */
  skipped?: SkippedDocument[]
}

async function countPages(dir: string): Promise<number> {
  return listTree(dir).files.filter((f) => f.endsWith('.html')).length
}

// One build at a time per process: builds are CPU-bound and the machine has two cores.
let queue: Promise<unknown> = Promise.resolve()

export function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const run = queue.then(() => buildOnce(options))
  queue = run.catch(() => {})
  return run
}

async function buildOnce(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now()
  const log = options.log ?? ((m: string) => console.log(m))
  const outDir = path.resolve(options.outDir ?? path.join(siteRoot, 'dist'))
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-site-'))
  const incremental = options.cacheDir ? path.resolve(options.cacheDir) : undefined
  try {
    // Incremental builds keep the image files between builds (a full read starts them afresh).
    const mediaDir = incremental ? path.join(incremental, 'medien') : path.join(work, 'medien')
    log(`Lese Inhalte aus dem CMS ${options.cmsUrl} …`)
    const snapshot = await loadSiteData({
      cmsUrl: options.cmsUrl,
      mediaDir,
      log,
      ...(incremental ? { changes: options.changes ?? null } : {}),
      participationCacheFile: options.participationCacheFile ?? path.join(dataDir(), 'consul-cache.json'),
    })
    const cmsDone = performance.now()
    const snapshotFile = path.join(work, 'snapshot.json')
    await fs.writeFile(snapshotFile, JSON.stringify(snapshot))

    log('Baue die Seiten mit Astro …')
    let rendered: number | undefined
    if (incremental) {
      const astroCache = path.join(incremental, 'astro')
      const depsFile = path.join(incremental, 'page-deps.json')
      // The build directory starts as links to the pages Astro may reuse (see ./lib/incremental.ts);
      // a directory that holds an older build (the runner recycles one) is changed into that state.
      const mirrorStart = performance.now()
      const mirrored = mirrorTree(path.join(astroCache, 'dist'), outDir)
      const linked = mirrored.files
      if (mirrored.files.length)
        log(
          `Build-Verzeichnis: ${mirrored.files.length} Dateien aus dem letzten Build (${mirrored.linked} neu verlinkt, ${mirrored.removed} alte Einträge entfernt; ${Math.round(performance.now() - mirrorStart)} ms).`,
        )
      try {
        ;({ rendered } = await astroBuild(
          { root: siteRoot, outDir, cacheDir: astroCache, depsFile, linked: linked.length > 0 },
          { NB_SITE_SNAPSHOT: snapshotFile, NB_SITE_DEPS: depsFile },
          log,
          { keepWarm: options.keepWarm },
        ))
        await removeStalePages(outDir, linked, path.join(astroCache, 'incremental-build.json'))
      } catch (error) {
        // A cache that led to a failed or unreadable build is not trusted again: the next build renders everything.
        await fs.rm(incremental, { recursive: true, force: true }).catch(() => {})
        throw error
      }
      await linkTree(mediaDir, path.join(outDir, 'medien'))
    } else {
      await astroBuild(
        { root: siteRoot, outDir, cacheDir: path.join(work, 'vite-cache') },
        { NB_SITE_SNAPSHOT: snapshotFile },
        log,
      )
      await fs.cp(mediaDir, path.join(outDir, 'medien'), { recursive: true })
    }
    // On Netlify (it sets NETLIFY=true in builds) the account form's proxy goes to the CMS this
    // build read, not to the address written in netlify.toml. Old HumHub addresses of imported
    // content follow, on Netlify and in the local site server alike (scripts/humhub/redirects.ts).
    const proxies =
      process.env.NETLIFY === 'true'
        ? netlifyRedirects(path.join(repoRoot, 'netlify.toml'), options.cmsUrl)
        : ''
    const moved = await humhubRedirectsFor(options.cmsUrl, outDir)
    if (proxies || moved.length)
      await fs.writeFile(path.join(outDir, '_redirects'), proxies + moved.map((line) => `${line}\n`).join(''))
    // The site's CSP, framing and caching headers as Netlify's _headers file, which the local
    // servers read as well (scripts/lib/header-policy.ts), with the sites the editors allow to
    // frame the embeds (issue 20). Only valid origins: a value that slipped past the CMS's
    // validation must neither stop the build nor reach a header.
    const origins = (snapshot.content.de.settings.embeds?.allowedOrigins ?? [])
      .map((o) => o.origin)
      .filter((o) => embedOriginProblem(o) === null)
    await writeHeadersFile(outDir, origins)
    // The conventional address as well: /sitemap.xml is the same sitemap index.
    await fs
      .copyFile(path.join(outDir, 'sitemap-index.xml'), path.join(outDir, 'sitemap.xml'))
      .catch(() => {})
    const astroDone = performance.now()

    log('Erstelle den Suchindex mit Pagefind …')
    // In shards, so a publish indexes only the shards with changed pages (./lib/search-index.ts).
    const search = await writeSearchIndex(outDir, incremental && path.join(incremental, 'pagefind'))
    const searchPages = search.pages
    // Last, so its precache list names the files of this finished build (scripts/lib/service-worker.ts).
    const searchDone = performance.now()
    const sw = await writeServiceWorker(outDir)

    const pages = await countPages(outDir)
    const ms = Math.round(performance.now() - started)
    const renderedText =
      rendered !== undefined
        ? ` (${rendered} neu gerendert, der Rest aus dem letzten Build übernommen; Inhalte: ${snapshot.read === 'full' ? 'alle gelesen' : 'nur Änderungen gelesen'})`
        : ''
    const skippedText = snapshot.skipped.length
      ? `; ${snapshot.skipped.length} Dokument(e) ausgelassen, die sich nicht darstellen lassen`
      : ''
    log(
      `Fertig: ${pages} Seiten${renderedText} in ${(ms / 1000).toFixed(1)} s, ${searchPages} im Suchindex (${search.indexed} von ${search.shards} Teilen neu; ${search.ms.scan} ms Abgleich, ${search.ms.index} ms Pagefind, ${search.ms.link} ms verlinkt), Service Worker ${(sw.bytes / 1024).toFixed(1)} KB (${sw.precacheFiles} Dateien vorab, ${(sw.precacheBytes / 1024).toFixed(0)} KB)${skippedText}, nach ${outDir}`,
    )
    const phases = {
      cms: Math.round(cmsDone - started - snapshot.participationMs),
      consul: snapshot.participationMs,
      astro: Math.round(astroDone - cmsDone),
      pagefind: Math.round(searchDone - astroDone),
      // The service worker's precache list and counting the pages, after the search index.
      finish: Math.round(performance.now() - searchDone),
    }
    return {
      outDir,
      pages,
      ms,
      phases,
      searchPages,
      search: { shards: search.shards, indexed: search.indexed },
      read: snapshot.read,
      skipped: snapshot.skipped,
      ...(rendered !== undefined ? { rendered } : {}),
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const config = scriptsConfig()
  buildSite({
    cmsUrl: config.PAYLOAD_URL,
    outDir: config.SITE_OUT_DIR,
    cacheDir: config.SITE_CACHE_DIR,
  }).then(
    () => process.exit(0),
    (error: Error) => {
      console.error(`\n${error.message}\n`)
      process.exit(1)
    },
  )
}
