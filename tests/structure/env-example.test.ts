import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cmsEnvSchema, configurationProblems } from '../../cms/src/config'
import { platformEnvSchema, scriptsConfig } from '../../scripts/config'
import { repoRoot } from './runtime-imports'

/** `# NAME=value   (note)` lines of .env.example: name and example value. */
const examples = fs
  .readFileSync(path.join(repoRoot, '.env.example'), 'utf8')
  .split('\n')
  .map((line) => /^#?\s*([A-Z][A-Z0-9_]+)=(\S*)/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([, name, value]) => ({ name, value }))

describe('configuration', () => {
  it('.env.example lists exactly the variables of the schema', () => {
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(platformEnvSchema.shape).sort())
  })

  it('every example value is one the schema accepts', () => {
    const env = Object.fromEntries(examples.map((e) => [e.name, e.value]))
    expect(configurationProblems(platformEnvSchema, env)).toEqual([])
  })

  it('names every bad variable in German, and empty means unset', () => {
    const problems = configurationProblems(cmsEnvSchema, {
      PORT: '70000',
      API_RATE_LIMIT: 'viel',
      SMTP_IGNORE_TLS: 'ja',
      SITE_URL: '',
    })
    expect(problems.sort()).toEqual([
      'API_RATE_LIMIT muss eine Zahl sein (ist: „viel“)',
      'PORT darf höchstens 65535 sein (ist: „70000“)',
      'SMTP_IGNORE_TLS muss „true“ oder „false“ sein (ist: „ja“)',
    ])
    expect(scriptsConfig({}).PAYLOAD_URL).toBe('http://localhost:3000')
    expect(scriptsConfig({ BUILD_RUNNER_PORT: '' }).BUILD_RUNNER_PORT).toBe(4400)
  })

  it('every variable is documented in a README', () => {
    const readmes = [
      'README.md',
      'scripts/build-runner/README.md',
      'cms/src/review/README.md',
      'cms/src/enquiries/README.md',
      'site/README.md',
      'cms/src/calendars/README.md',
    ]
      .map((file) => fs.readFileSync(path.join(repoRoot, file), 'utf8'))
      .join('\n')
    expect(
      Object.keys(platformEnvSchema.shape).filter((name) => name !== 'NODE_ENV' && !readmes.includes(name)),
    ).toEqual([])
  })
})
