// `npm run migrate`: brings the database to the committed migrations (cms/src/migrations/), as
// `npm start` does in production before the CMS serves. Never pushes the schema.
process.env.PAYLOAD_MIGRATIONS = 'true'

const { openPayload } = await import('./lib/payload')
const { MigrationError, runMigrations } = await import('./lib/migrations')

try {
  const payload = await openPayload()
  const ran = await runMigrations(payload)
  console.log(
    ran.length
      ? `Migrationen ausgeführt: ${ran.join(', ')}.`
      : 'Datenbank ist auf dem Stand der Migrationen.',
  )
  process.exit(0)
} catch (error) {
  console.error(
    `\nMigration fehlgeschlagen: ${error instanceof MigrationError ? error.message : (error as Error).stack}\n`,
  )
  process.exit(1)
}
export {}
