// `npm run backup -- <folder>`: a consistent copy of the database and every upload, while the CMS runs.
import { backup } from './lib/backup'

const target = process.argv[2]
if (!target) {
  console.error('Bitte einen Zielordner angeben: npm run backup -- /srv/sicherung/2026-12-01')
  process.exit(1)
}
try {
  const result = backup(target)
  console.log(`Sicherung in ${target}: Datenbank ${result.database}, ${result.files} Dateien.`)
} catch (error) {
  console.error(`Sicherung fehlgeschlagen: ${(error as Error).message}`)
  process.exit(1)
}
