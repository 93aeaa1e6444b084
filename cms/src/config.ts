// The CMS's environment variables: every name, its default and what a valid value is, in one
// schema. `npm start` checks the whole environment against it before anything starts and stops
// with German messages naming each bad variable. Code reads single settings with `setting()`,
// which takes the default from here; it reads the variable when asked, because tests and the
// job runner's tests change some of them (debounce, limits) while the process runs.
// Only zod here: admin code in the browser may import modules that read settings.
import { z } from 'zod'

/** A setting that stops the start; its message is German and names what to fix. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

/** An empty value counts as not set, as `FOO= npm start` means. */
const unset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export const integer = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(
    unset,
    z.coerce
      .number({ error: 'muss eine Zahl sein' })
      .int({ error: 'muss eine ganze Zahl sein' })
      .min(min, { error: `muss mindestens ${min} sein` })
      .max(max, { error: `darf höchstens ${max} sein` })
      .default(fallback),
  )
export const optionalInteger = (min = 0) =>
  z.preprocess(
    unset,
    z.coerce
      .number({ error: 'muss eine Zahl sein' })
      .int({ error: 'muss eine ganze Zahl sein' })
      .min(min, { error: `muss mindestens ${min} sein` })
      .optional(),
  )
export const flag = () =>
  z.preprocess(unset, z.enum(['true', 'false'], { error: 'muss „true“ oder „false“ sein' }).optional())
export const text = () => z.preprocess(unset, z.string().trim().optional())
export const address = () =>
  z.preprocess(
    unset,
    z.url({ error: 'muss eine vollständige Adresse sein (z. B. https://cms.unser-nb.de)' }).optional(),
  )

export const cmsEnvSchema = z.object({
  NODE_ENV: text(),
  DATABASE_URI: text(),
  DATABASE_POOL_MAX: integer(10, 1),
  PAYLOAD_SECRET: text(),
  DATA_DIR: text(),
  PORT: integer(3000, 1, 65535),
  PAYLOAD_PUBLIC_SERVER_URL: address(),
  PAYLOAD_JOBS_AUTORUN: flag(),
  PAYLOAD_MIGRATIONS: flag(),
  SEED_ADMIN_EMAIL: text().default('admin@example.org'),
  SEED_ADMIN_PASSWORD: text().default('Vier-Tore-Stadt-2026'),
  // Rebuild on publish (cms/src/publish).
  BUILD_WEBHOOK_URL: address(),
  BUILD_WEBHOOK_SECRET: text(),
  NETLIFY_BUILD_HOOK_URL: address(),
  NETLIFY_WEBHOOK_SECRET: text(),
  PUBLISH_DEBOUNCE_MS: integer(3000),
  /** Default: 4 times the debounce, at least 15 s (publish/settings.ts). */
  PUBLISH_MAX_WAIT_MS: optionalInteger(),
  PUBLISH_RETRY_ATTEMPTS: integer(5),
  PUBLISH_RETRY_DELAY_MS: integer(5000, 1),
  PUBLISH_DELIVERY_TIMEOUT_MS: integer(15_000, 100),
  PUBLISH_AUTORUN: flag(),
  // Mail.
  SMTP_HOST: text(),
  SMTP_PORT: integer(587, 1),
  SMTP_USER: text(),
  SMTP_PASS: text(),
  SMTP_FROM: text(),
  SMTP_FROM_NAME: text(),
  SMTP_IGNORE_TLS: flag(),
  // Public forms, clients and proxies.
  SITE_URL: address(),
  FORM_ORIGINS: text(),
  CLIENT_IP_HEADER: text(),
  TRUSTED_PROXIES: text(),
  ACCOUNT_REQUEST_LIMIT: integer(5, 1),
  ACCOUNT_REQUEST_WINDOW_MINUTES: integer(60, 1),
  ACCOUNT_REQUEST_RETENTION_DAYS: integer(180, 1),
  ENQUIRY_LIMIT: integer(5, 1),
  ENQUIRY_WINDOW_MINUTES: integer(60, 1),
  ENQUIRY_LIMIT_PER_ADDRESS: integer(5, 1),
  ENQUIRY_FORM_URL: text(),
  // Web Push (subscriptions/push.ts): the push services' hosts the CMS posts to, comma-separated.
  PUSH_SERVICE_HOSTS: text(),
  // API limits (security/guard.ts, security/limiter.ts).
  API_RATE_LIMIT: integer(1200, 1),
  API_BODY_LIMIT: integer(2 * 1024 * 1024, 1),
  API_GRAPHQL_BODY_LIMIT: integer(100 * 1024, 1),
  API_MAX_LIMIT: integer(1000, 1),
  API_TIME_LIMIT_MS: integer(30_000, 1),
  API_WRITE_TIME_LIMIT_MS: integer(120_000, 1),
  // Longest age of an anonymous read in the read cache (api/readCache.ts); 0 turns it off.
  API_READ_CACHE_SECONDS: integer(60, 0, 3600),
  LOGIN_ACCOUNT_LOCK_AFTER: integer(20, 1),
  LOGIN_CLIENT_LIMIT: integer(30, 1),
  CALENDAR_FEEDS_ALLOW_LOCAL: flag(),
  // The old unser-nb.de's REST API, read when an editor confirms a hand-over (cms/src/handover).
  HUMHUB_URL: address(),
  HUMHUB_TOKEN: text(),
  // Uploads in an S3-compatible object store instead of DATA_DIR/media (lib/storage.ts).
  S3_BUCKET: text(),
  S3_ENDPOINT: address(),
  S3_REGION: z.preprocess(unset, z.string().trim().default('eu-central-1')),
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
  S3_FORCE_PATH_STYLE: flag(),
})

/** An environment as read: process.env, or a plain object in tests. */
export type Env = Record<string, string | undefined>

export type CmsEnv = z.output<typeof cmsEnvSchema>
export type CmsSetting = keyof CmsEnv

/** The problems of an environment against a schema, one German line per variable. */
export function configurationProblems(schema: z.ZodObject, env: Env): string[] {
  const result = schema.safeParse(env)
  if (result.success) return []
  return result.error.issues.map((issue) => {
    const name = String(issue.path[0])
    return `${name} ${issue.message} (ist: „${env[name]}“)`
  })
}

/** The whole environment, checked: what `npm start` does first. Throws a ConfigurationError naming every bad variable. */
export function checkConfiguration(env: Env = process.env, schema: z.ZodObject = cmsEnvSchema): void {
  const problems = configurationProblems(schema, env)
  if (problems.length)
    throw new ConfigurationError(`Die Konfiguration ist ungültig:\n  ${problems.join('\n  ')}`)
}

/**
 * One setting, parsed by the schema. A value the schema refuses gives the default here (the start
 * check has already named it): a running CMS does not stop over a variable changed under it.
 */
export function setting<K extends CmsSetting>(name: K, env: Env = process.env): CmsEnv[K] {
  const field = cmsEnvSchema.shape[name]
  const parsed = field.safeParse(env[name])
  return (parsed.success ? parsed.data : field.parse(undefined)) as CmsEnv[K]
}
