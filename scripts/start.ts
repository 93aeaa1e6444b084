// `npm start`: everything a fresh clone needs to show the platform locally.
// 1. checks the configuration, 2. creates/updates the embedded database and fills it with demo
// content on first run, 3. builds the admin (only when its sources changed), 4. starts the CMS,
// 5. starts the build runner, which builds the site and serves it, and rebuilds it whenever the
// CMS reports a publish (signed webhook), so the local site follows the admin on its own.
// The CMS runs supervised (scripts/lib/platform.ts): a crash restarts it, the site stays up.
import path from 'node:path'

import { setting } from '../cms/src/config'
import { ConfigurationError, localSecret, resolveSecret } from '../cms/src/lib/secret'
import { redact } from '../cms/src/lib/database'
import { dataDir, repoRoot } from '../cms/src/lib/paths'
import { checkPlatformConfiguration, platformEnvSchema, type PlatformEnv } from './config'
import { bin, buildAdminIfNeeded } from './lib/admin-build'
import { startDemoPolitics } from './lib/demo-politics'
import { startPlatform } from './lib/platform'
import { run } from './lib/processes'

/** The environment, checked and parsed once: every later read takes its value (and default) from here. */
function preflight(): { secret: string; config: PlatformEnv } {
  try {
    // Every variable at once, before anything starts: a typo in a port or a URL stops here, in German.
    checkPlatformConfiguration()
    return { secret: resolveSecret(), config: platformEnvSchema.parse(process.env) }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`\nStart abgebrochen: ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

async function main() {
  const { secret, config } = preflight()
  const port = config.PORT
  const cmsUrl = `http://localhost:${port}`
  const runnerPort = config.BUILD_RUNNER_PORT
  const production = config.NODE_ENV === 'production'
  const webhookSecret = config.BUILD_WEBHOOK_SECRET || localSecret('.build-webhook-secret')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir(),
    PAYLOAD_SECRET: secret,
    PAYLOAD_PUBLIC_SERVER_URL: config.PAYLOAD_PUBLIC_SERVER_URL || cmsUrl,
    BUILD_WEBHOOK_URL: config.BUILD_WEBHOOK_URL || `http://127.0.0.1:${runnerPort}/webhook`,
    BUILD_WEBHOOK_SECRET: webhookSecret,
    NEXT_TELEMETRY_DISABLED: '1',
  }

  console.log(
    `Daten: ${env.DATA_DIR}${config.DATABASE_URI ? ` (Datenbank: ${redact(config.DATABASE_URI)})` : ' (eingebettete SQLite-Datenbank)'}`,
  )
  if (production) {
    // Production: the committed migrations, never a schema push, and no demo content.
    await run(bin('tsx'), [path.join(repoRoot, 'scripts/migrate.ts')], {
      ...env,
      PAYLOAD_JOBS_AUTORUN: 'false',
    })
  } else {
    // Recorded council meetings and service reports, so the Politik and district pages show what
    // they do (marked "Beispieldaten"); it lives as long as this process. A taken port: no demo data.
    const demo =
      config.DEMO_POLITICS_PORT > 0
        ? await startDemoPolitics(config.DEMO_POLITICS_PORT).catch((error: Error) => {
            console.log(`Beispieldaten für Politik nicht gestartet (${error.message}).`)
            return null
          })
        : null
    // The seed step also brings the SQLite schema up to date (Payload pushes it outside production).
    await run(
      bin('tsx'),
      [path.join(repoRoot, 'scripts/seed.ts'), ...(demo ? ['--demo-politics', demo.url] : [])],
      {
        ...env,
        NODE_ENV: 'development',
        PAYLOAD_JOBS_AUTORUN: 'false',
      },
    )
  }

  await buildAdminIfNeeded(env)

  console.log('Starte das CMS; danach wird die Website aus den veröffentlichten Inhalten gebaut …')
  const { runner } = await startPlatform({
    cms: {
      command: bin('next'),
      args: ['start', 'cms', '-p', String(port)],
      env: { ...env, PAYLOAD_JOBS_AUTORUN: 'true' },
    },
    cmsUrl,
    runner: {
      secret: webhookSecret,
      port: runnerPort,
      rootDir: path.join(dataDir(), 'site'),
      log: (message) => console.log(`[site] ${message}`),
    },
  })
  await runner.whenIdle()
  const status = await runner.status()
  if (!status.live)
    console.error(
      `[site] Die Website konnte nicht gebaut werden: ${status.lastFailure?.error ?? 'unbekannter Fehler'}`,
    )

  const { demoAccounts } = await import('../cms/src/seed/index')
  const accounts = demoAccounts()
  console.log(`
  CMS (Admin):  ${cmsUrl}/admin
  REST-API:     ${cmsUrl}/api
  GraphQL:      ${cmsUrl}/api/graphql
  Website:      ${runner.siteUrl ?? '(wird von nginx ausgeliefert)'}
  Build-Status: ${runner.url}/status

${
  production
    ? `  Das erste Konto legen Sie in der Admin-Oberfläche an (${cmsUrl}/admin).`
    : `  Demo-Zugänge:
    Administration: ${accounts.admin.email} / ${accounts.admin.password === setting('SEED_ADMIN_PASSWORD', {}) ? accounts.admin.password : '(aus SEED_ADMIN_PASSWORD)'}
    Redaktion:      ${accounts.editor.email} / ${accounts.editor.password}
    Verein:         ${accounts.club.email} / ${accounts.club.password} (Ruderclub; Änderungen gehen in die Prüfung)`
}

  Beenden mit Strg+C.
`)
}

main().catch((error) => {
  console.error(`\nStart fehlgeschlagen: ${error instanceof Error ? error.message : error}\n`)
  process.exit(1)
})
