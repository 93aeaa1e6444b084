// Runs inside a copy of the repository that has one more language (see ../extra-locale.test.ts):
// a seeded CMS from the copy's config, one entry translated into the new language, a site build.
// Prints the build's output directory as the last line.
import { seed } from '../../../cms/src/seed/index'
import { buildSite } from '../../../scripts/build-site'
import { startTestCms } from '../../helpers/cms'

const outDir = process.argv[2]
const cms = await startTestCms({ api: true, name: 'extra-locale' })
try {
  await seed(cms.payload)
  // No network in tests: a closed port makes the participation teaser say so at once.
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9', showTeaser: false } },
  })
  const club = (
    await cms.payload.find({
      collection: 'associations',
      where: { slug: { equals: 'ruderclub-tollensesee-1921' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  await cms.payload.update({
    collection: 'associations',
    id: club.id,
    locale: 'pl' as never,
    data: {
      name: club.name,
      shortDescription: 'Wioślarstwo dla młodszych i starszych na jeziorze Tollense.',
    },
  })
  const result = await buildSite({ cmsUrl: cms.api!.url, outDir })
  console.log(JSON.stringify({ outDir: result.outDir, pages: result.pages }))
} finally {
  await cms.close()
}
