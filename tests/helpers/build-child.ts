// Runs one site build in its own process: Astro and the site's data modules keep state between
// builds in one process, so every further build in a test gets a fresh process (as in production,
// where the build runner spawns one per build).
import { buildSite } from '../../scripts/build-site'

const { CMS_URL, OUT_DIR, CONSUL_CACHE_FILE } = process.env
buildSite({
  cmsUrl: CMS_URL!,
  outDir: OUT_DIR!,
  participationCacheFile: CONSUL_CACHE_FILE!,
  log: (m) => console.log(m),
}).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  },
)
