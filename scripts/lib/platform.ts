// What `npm start` runs once the database and the admin are ready: the CMS as a supervised child
// process, and in this process the build runner with the site server. When the CMS crashes, the
// site and the runner keep serving, the CMS is started again (waiting longer after each crash in
// a row), and the runner repeats an interrupted or waiting build once the CMS answers again.
import { startBuildRunner, type BuildRunner, type BuildRunnerOptions } from '../build-runner/index'
import { supervise, waitFor, type SupervisedProcess, type SuperviseOptions } from './processes'

export type PlatformOptions = {
  /** The CMS process: `next start cms` under npm start, the plain API server in tests. */
  cms: { command: string; args: string[]; env: NodeJS.ProcessEnv }
  cmsUrl: string
  /** How long the first CMS start may take (default 120 s). */
  cmsStartTimeoutMs?: number
  supervise?: SuperviseOptions
  runner: Omit<BuildRunnerOptions, 'cmsUrl'>
}

export type Platform = { cms: SupervisedProcess; runner: BuildRunner; close: () => Promise<void> }

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const cms = supervise('cms', options.cms.command, options.cms.args, options.cms.env, options.supervise)
  try {
    await waitFor(`${options.cmsUrl}/api/globals/settings`, options.cmsStartTimeoutMs ?? 120_000)
  } catch (error) {
    await cms.stop()
    throw error
  }
  const runner = await startBuildRunner({ ...options.runner, cmsUrl: options.cmsUrl })
  return {
    cms,
    runner,
    close: async () => {
      await runner.close()
      await cms.stop()
    },
  }
}
