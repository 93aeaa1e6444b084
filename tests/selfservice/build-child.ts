// One site build in its own process (Astro keeps global state per process); see form-page.test.ts.
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
