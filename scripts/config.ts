// The environment variables of the scripts: `npm start`, the build runner and the site build.
// Same rules as the CMS's (cms/src/config.ts): one schema with the defaults, checked as a whole
// by `npm start`, parsed once where a long-running part (the build runner) starts.
import { z } from 'zod'

import { address, checkConfiguration, cmsEnvSchema, integer, text, type Env } from '../cms/src/config'

export const scriptsEnvSchema = z.object({
  /** The CMS a site build reads from. */
  PAYLOAD_URL: address().default('http://localhost:3000'),
  BUILD_RUNNER_HOST: text().default('127.0.0.1'),
  BUILD_RUNNER_PORT: integer(4400, 0, 65535),
  BUILD_RUNNER_DIR: text(),
  SITE_PORT: integer(4321, 0, 65535),
  /** Where the runner reports builds; "off" for nowhere, default the CMS's publish status. */
  BUILD_REPORT_URL: text(),
  SITE_FULL_READ_EVERY_MS: integer(60 * 60_000),
  BUILD_WORKER_MAX_BUILDS: integer(200, 1),
  BUILD_WORKER_MAX_RSS_MB: integer(1500, 1),
  BUILD_TIMEOUT_MS: integer(10 * 60_000, 1),
  SITE_BUILD_TIMEOUT_MS: integer(15 * 60_000, 1),
  SITE_OUT_DIR: text(),
  SITE_CACHE_DIR: text(),
  CONSUL_REUSE_MS: integer(15 * 60_000),
  /** `npm start` outside production: port of the demo council and reporting server (0: none). */
  DEMO_POLITICS_PORT: integer(4410, 0, 65535),
  /** Where the site's forms post (the site's build reads them). */
  ACCOUNT_FORM_URL: text(),
})

export type ScriptsEnv = z.output<typeof scriptsEnvSchema>

/** Everything `npm start` starts with, CMS and scripts, checked at once. */
export const platformEnvSchema = cmsEnvSchema.extend(scriptsEnvSchema.shape)

export type PlatformEnv = z.output<typeof platformEnvSchema>

export const checkPlatformConfiguration = (env: Env = process.env) =>
  checkConfiguration(env, platformEnvSchema)

/**
 * One script setting, parsed by the schema when asked (a test may change it while the process
 * runs, e.g. the site build's time limit); a refused value gives the default, as setting() does.
 */
export function scriptSetting<K extends keyof ScriptsEnv>(name: K, env: Env = process.env): ScriptsEnv[K] {
  const field = scriptsEnvSchema.shape[name]
  const parsed = field.safeParse(env[name])
  return (parsed.success ? parsed.data : field.parse(undefined)) as ScriptsEnv[K]
}

/** The scripts' settings, parsed once by the part that starts (an invalid value throws a German ConfigurationError). */
export function scriptsConfig(env: Env = process.env): ScriptsEnv {
  checkConfiguration(env, scriptsEnvSchema)
  return scriptsEnvSchema.parse(env)
}
