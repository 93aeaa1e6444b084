// `npm run restore -- <folder>`: a backup into an empty database and DATA_DIR (CMS stopped).
import { restore } from './lib/backup'

const source = process.argv[2]
if (!source) {
  console.error('Bitte den Sicherungsordner angeben: npm run restore -- /srv/sicherung/2026-12-01')
  process.exit(1)
}
try {
  restore(source)
  console.log(`Sicherung aus ${source} eingespielt.`)
} catch (error) {
  console.error(`Wiederherstellung fehlgeschlagen: ${(error as Error).message}`)
  process.exit(1)
}
