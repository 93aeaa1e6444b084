import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { packageOfBinary, reachRuntime, repoRoot } from './runtime-imports'

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/** Packages used at run time that a production install (`npm ci --omit=dev`) would not provide as declared dependencies. */
function missing(used: Map<string, string[]>): string[] {
  return [...used]
    .filter(([name]) => !(name in manifest.dependencies))
    .map(
      ([name, files]) =>
        `${name} (${name in manifest.devDependencies ? 'nur devDependency' : 'nicht deklariert'}; ${files.slice(0, 3).join(', ')})`,
    )
    .sort()
}

describe('production install', () => {
  const reached = reachRuntime()

  it('walks the whole runtime, workers and spawned scripts included', () => {
    for (const file of [
      'cms/src/calendars/parseFeed.ts',
      'cms/src/calendars/parse-worker.mjs',
      'scripts/lib/astro-build.mjs',
      'site/src/lib/cms.ts',
    ]) {
      expect(reached.files).toContain(file)
    }
    expect(reached.files.some((file) => file.startsWith('scripts/build-runner/'))).toBe(true)
  })

  it('declares every package the runtime imports as a dependency', () => {
    expect(missing(reached.packages)).toEqual([])
  })

  it('declares every program the runtime starts as a dependency', () => {
    // `npm start` itself runs through the first word of its script, and a production install
    // runs `postinstall` (the patches of scripts/patches/, the sitemap's among them).
    const programs = new Map(reached.binaries)
    for (const script of ['start', 'postinstall'])
      programs.set(packageOfBinary(manifest.scripts[script].split(' ')[0]), [
        `package.json (scripts.${script})`,
      ])
    expect(missing(programs)).toEqual([])
  })
})
