// Runs one Astro build in a plain Node process (no tsx hooks, no test-runner hooks): Astro's
// prerenderer imports hundreds of chunks, and resolving them through tsx costs seconds.
// Usage: node scripts/lib/astro-build.mjs '{"root": "...", "outDir": "...", "cacheDir": "...", "depsFile": "..."}'
// With depsFile (incremental builds), the pages' dependency records (site/src/lib/deps.ts) are
// written there after a successful build, for the next build to decide what to render.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The parent went away (crashed, killed for taking too long, or ended while this one waited): stop
// instead of idling on, and take along the working directory the parent made for this process.
process.on('disconnect', () => {
  fs.rmSync(process.cwd(), { recursive: true, force: true })
  process.exit(1)
})

// Without arguments the process waits (with Astro imported) for {type: 'build', options, env} from
// its parent: the runner's worker keeps one ready for the next publish.
const request = process.argv[2]
  ? { options: JSON.parse(process.argv[2]), env: {} }
  : await new Promise((resolve) => {
      import('astro').catch(() => {})
      process.on('message', (m) => m?.type === 'build' && resolve(m))
    })
Object.assign(process.env, request.env)
const { depsFile, linked, ...options } = request.options

if (linked) {
  // The output directory starts as hard links to Astro's cached pages, which the live site's files
  // share (scripts/lib/incremental.ts). Writing into such a file would change the live page before
  // this build is done, so every write below the output or cache directory replaces the file.
  const guarded = [options.outDir, options.cacheDir].map((dir) => path.resolve(dir) + path.sep)
  const writeFile = fs.promises.writeFile
  fs.promises.writeFile = async function (file, ...rest) {
    const target =
      file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? path.resolve(file) : null
    if (target && guarded.some((dir) => target.startsWith(dir)))
      await fs.promises.unlink(target).catch(() => {})
    return writeFile.call(this, file, ...rest)
  }
}

const { build } = await import('astro')
process.env.ASTRO_TELEMETRY_DISABLED = '1'
try {
  // NB_ASTRO_LOG_LEVEL=info shows Astro's own timings (bundling, rendering, cached pages).
  const logLevel = process.env.NB_ASTRO_LOG_LEVEL || 'warn'
  // With linked pages the output directory is already populated and must not be emptied.
  await build({
    ...options,
    logLevel,
    vite: { logLevel: 'warn', ...(linked ? { build: { emptyOutDir: false } } : {}) },
  })
  // Astro's prerenderer ran in this process: the tracking module left its handle on globalThis.
  const deps = globalThis[Symbol.for('nb.site.deps')]
  if (deps) {
    if (depsFile) {
      const tmp = `${depsFile}.${process.pid}.tmp`
      fs.writeFileSync(tmp, JSON.stringify(deps.collectRecords()))
      fs.renameSync(tmp, depsFile)
    }
    if (process.send)
      await new Promise((resolve) => process.send({ type: 'rendered', pages: deps.renderedCount() }, resolve))
  }
  // Done: close the channel (it would keep this process alive) without tripping the handler above.
  process.removeAllListeners('disconnect')
  process.disconnect?.()
} catch (error) {
  console.error(error?.stack ?? String(error))
  process.exit(1)
}
