import fs from 'node:fs/promises'
import path from 'node:path'

/** The ending of the retired build kept for reuse: never listed as a build, never served. */
const SPARE = '.spare'

/**
 * The directory layout a self-hosted web server (nginx) can serve from:
 *   <root>/builds/<id>/   one directory per successful build (the last few are kept)
 *   <root>/current        symlink to the live build, switched with an atomic rename
 *   <root>/builds/retired.spare/  the newest build pruned, kept to become the next build's directory
 */
export class BuildStore {
  readonly buildsDir: string
  readonly liveLink: string
  private seq = 0

  constructor(readonly root: string) {
    this.buildsDir = path.join(root, 'builds')
    this.liveLink = path.join(root, 'current')
  }

  async init() {
    await fs.mkdir(this.buildsDir, { recursive: true })
    // Leftovers of a crash mid-build or mid-swap are never live; clear them.
    for (const entry of await fs.readdir(this.root)) {
      if (entry.startsWith('current.tmp-')) await fs.rm(path.join(this.root, entry), { force: true })
    }
    for (const entry of await fs.readdir(this.buildsDir)) {
      if (entry.endsWith('.partial'))
        await fs.rm(path.join(this.buildsDir, entry), { recursive: true, force: true })
    }
  }

  /** Sortable by time, unique within the process. */
  newId(now = new Date()): string {
    this.seq += 1
    return `${now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')}-${String(this.seq).padStart(3, '0')}`
  }

  /** Builds write into `<id>.partial` and are renamed when done, so a half-written build never has a real id. */
  partialDir(id: string) {
    return path.join(this.buildsDir, `${id}.partial`)
  }

  private get spareDir() {
    return path.join(this.buildsDir, `retired${SPARE}`)
  }

  /**
   * Makes build `id`'s directory: the retired build, renamed, when there is one, else an empty one.
   * An incremental build changes a recycled tree into its own state touching only what differs
   * (mirrorTree in scripts/lib/incremental.ts), where a new tree of 23,000 page directories cost
   * 2.2–6.6 s at city scale. Returns whether a retired build was reused.
   */
  async prepare(id: string): Promise<boolean> {
    try {
      await fs.rename(this.spareDir, this.partialDir(id))
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    await fs.mkdir(this.partialDir(id), { recursive: true })
    return false
  }

  dir(id: string) {
    return path.join(this.buildsDir, id)
  }

  async live(): Promise<string | null> {
    try {
      return path.basename(await fs.readlink(this.liveLink))
    } catch {
      return null
    }
  }

  async list(): Promise<string[]> {
    const entries = await fs.readdir(this.buildsDir, { withFileTypes: true })
    return entries
      .filter((e) => e.isDirectory() && !e.name.endsWith('.partial') && !e.name.endsWith(SPARE))
      .map((e) => e.name)
      .sort()
  }

  /** Marks a finished build complete (partial -> final name). */
  async complete(id: string) {
    await fs.rename(this.partialDir(id), this.dir(id))
  }

  async discard(id: string) {
    await fs.rm(this.partialDir(id), { recursive: true, force: true })
  }

  /** rename(2) replaces the old link in one step: every request sees either the old or the new site. */
  async activate(id: string) {
    await fs.access(path.join(this.dir(id), 'index.html'))
    const tmp = path.join(this.root, `current.tmp-${id}`)
    await fs.rm(tmp, { force: true })
    await fs.symlink(path.join('builds', id), tmp)
    await fs.rename(tmp, this.liveLink)
  }

  /**
   * Keeps the newest `keep` builds and always the live one. Of the others, the newest becomes the
   * spare for the next build (prepare) unless there is one; the rest are deleted.
   */
  async prune(keep: number): Promise<string[]> {
    const live = await this.live()
    const all = await this.list()
    const doomed = all.slice(0, Math.max(0, all.length - keep)).filter((id) => id !== live)
    for (const [n, id] of doomed.entries()) {
      // rename(2) refuses to replace a spare that is there already (ENOTEMPTY): then it is deleted.
      const spared =
        n === doomed.length - 1 &&
        (await fs.rename(this.dir(id), this.spareDir).then(
          () => true,
          () => false,
        ))
      if (!spared) await fs.rm(this.dir(id), { recursive: true, force: true })
    }
    return doomed
  }
}
