// Runs one Astro build in a plain Node process (no tsx hooks, no test-runner hooks): Astro's
// prerenderer imports hundreds of chunks, and resolving them through tsx costs seconds.
// Usage: node scripts/lib/astro-build.mjs '{"root": "...", "outDir": "...", "cacheDir": "..."}'
import { build } from 'astro'

const options = JSON.parse(process.argv[2])
// The parent went away (crashed or was killed for taking too long): stop instead of idling on.
process.on('disconnect', () => process.exit(1))
process.env.ASTRO_TELEMETRY_DISABLED = '1'
try {
  await build({ ...options, logLevel: 'warn', vite: { logLevel: 'warn' } })
  // Done: close the channel (it would keep this process alive) without tripping the handler above.
  process.removeAllListeners('disconnect')
  process.disconnect?.()
} catch (error) {
  console.error(error?.stack ?? String(error))
  process.exit(1)
}
