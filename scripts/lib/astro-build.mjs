// Runs one Astro build in a plain Node process (no tsx hooks, no test-runner hooks): Astro's
// prerenderer imports hundreds of chunks, and resolving them through tsx costs seconds.
// Usage: node scripts/lib/astro-build.mjs '{"root": "...", "outDir": "...", "cacheDir": "..."}'
import { build } from 'astro'

const options = JSON.parse(process.argv[2])
process.env.ASTRO_TELEMETRY_DISABLED = '1'
try {
  await build({ ...options, logLevel: 'warn', vite: { logLevel: 'warn' } })
} catch (error) {
  console.error(error?.stack ?? String(error))
  process.exit(1)
}
