// The program inside the build runner's build process (started by ./build-process.ts): keeps Astro and the site's build code loaded between builds
// (a cold start costs seconds), and runs each build in a working directory of its own. Astro writes
// its prerender chunks to <cwd>/.astro when the output lies outside the cwd; with a shared cwd a
// second build in one process re-imported the first build's cached chunks and rendered old content,
// and builds of different processes overwrote each other's chunks.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildSite } from '../build-site'
import type { BuildProcessMessage, BuildProcessRequest } from './types'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const workRoot = path.join(repoRoot, '.cache', 'site-builds')
const send = (message: BuildProcessMessage) => process.send?.(message)

process.on('message', async (message: BuildProcessRequest) => {
  if (message?.type !== 'build') return
  fs.mkdirSync(workRoot, { recursive: true })
  // Inside the repository, so the chunks Astro writes there still resolve node_modules.
  const cwd = fs.mkdtempSync(path.join(workRoot, 'build-'))
  process.chdir(cwd)
  let result: BuildProcessMessage
  try {
    const built = await buildSite({
      cmsUrl: message.cmsUrl,
      outDir: message.outDir,
      cacheDir: message.cacheDir,
      changes: message.changes,
      keepWarm: true,
      log: (line) => send({ type: 'log', id: message.id, line }),
    })
    result = {
      type: 'done',
      id: message.id,
      pages: built.pages,
      phases: built.phases,
      rendered: built.rendered,
      read: built.read,
      skipped: built.skipped,
      search: built.search,
      rss: process.memoryUsage().rss,
    }
  } catch (error) {
    result = {
      type: 'error',
      id: message.id,
      message: error instanceof Error ? error.message : String(error),
      rss: process.memoryUsage().rss,
    }
  }
  // Clean up before answering: the runner may end this process right after the answer.
  process.chdir(repoRoot)
  fs.rmSync(cwd, { recursive: true, force: true })
  send(result)
})

// Working directories of workers that were killed mid-build; old enough not to be anyone's current build.
try {
  for (const entry of fs.readdirSync(workRoot)) {
    const full = path.join(workRoot, entry)
    if (Date.now() - fs.statSync(full).mtimeMs > 6 * 3600_000)
      fs.rmSync(full, { recursive: true, force: true })
  }
} catch {}

// Without the runner there is nobody to build for.
process.on('disconnect', () => process.exit(0))
send({ type: 'ready' })
