// The build runner's shapes, shared by its queue, HTTP, report and build-process modules (in a
// module of their own, so none of them imports another only for a type).
import type { ContentChanges } from '../../cms/src/publish/webhook'
import type { SkippedDocument } from '../../site/src/lib/snapshot'

export type { ContentChanges } from '../../cms/src/publish/webhook'

/** What a site build reports back (scripts/build-site.ts); every field optional for small test builds. */
export type BuildResult = {
  pages?: number
  phases?: Record<string, number>
  rendered?: number
  read?: string
  skipped?: SkippedDocument[]
  /** The search index's shards and how many this build indexed (scripts/lib/search-index.ts). */
  search?: { shards: number; indexed: number }
}

export type BuildFunction = (options: {
  cmsUrl: string
  outDir: string
  log: (message: string) => void
  /** Kept between builds, for incremental builds (scripts/build-site.ts). */
  cacheDir?: string
  /**
   * What changed, from the webhook bodies since the last build: collection -> ids. `null`: unknown
   * (a start, a retry, a settings change, a truncated list), so the build reads everything.
   */
  changes?: ContentChanges
}) => Promise<BuildResult | void>

/** The build process behind the default build (./build-process.ts). */
export type WorkerInfo = { pid: number | null; builds: number; rssMb: number }

/** What the runner sends its build process (./build-process.ts -> ./build-process-main.ts). */
export type BuildProcessRequest = {
  type: 'build'
  id: string
  cmsUrl: string
  outDir: string
  cacheDir?: string
  changes?: ContentChanges
}

/** What the build process answers: ready once, then log lines and one done or error per build (with its memory use). */
export type BuildProcessMessage =
  | { type: 'ready' }
  | { type: 'log'; id: string; line: string }
  | ({ type: 'done'; id: string; rss: number } & BuildResult)
  | { type: 'error'; id: string; message: string; rss: number }

/** A build function that may keep a process of its own: prepared ahead, closed with the runner, reported in /status. */
export type ManagedBuild = BuildFunction & {
  warm?: () => Promise<void>
  close?: () => Promise<void>
  info?: () => WorkerInfo
}

export type BuildRecord = {
  id: string
  trigger: string
  startedAt: string
  finishedAt?: string
  durationMs?: number
  error?: string
  logTail?: string[]
  /** From the site build: pages written and milliseconds per phase (cms, consul, astro, pagefind). */
  pages?: number
  phases?: Record<string, number>
  /** Pages Astro rendered anew (the rest were taken over from the last build). */
  rendered?: number
  /** "changes": only the documents the webhook listed were read from the CMS; "full": everything. */
  read?: string
  /** Documents the build left out because the site cannot render them (the rest went live). */
  skipped?: SkippedDocument[]
  /** Search index shards: all of them, and those indexed anew (the others came from the last build). */
  search?: { shards: number; indexed: number }
}

export type RunnerCounts = {
  requested: number
  started: number
  succeeded: number
  failed: number
  rejected: number
}

export type RunnerStatus = {
  state: 'idle' | 'building'
  live: string | null
  current: BuildRecord | null
  followUpQueued: boolean
  lastSuccess: BuildRecord | null
  lastFailure: BuildRecord | null
  builds: string[]
  counts: RunnerCounts
  /** The build worker process, when the default build is used. */
  worker?: WorkerInfo
}

/** A refused request: the HTTP module answers with `status` and the German message. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}
