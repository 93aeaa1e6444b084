import fs from 'node:fs/promises'
import path from 'node:path'

import type { z } from 'zod'

/**
 * The last good answer of a build-time source (Consul, OParl, Open311), kept on disk so that a
 * source that is down, slow or broken shows its last state instead of nothing.
 */
export async function writeSnapshotFile(file: string, snapshot: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  // Write beside and rename, so a crash mid-write never leaves a broken snapshot behind.
  const temp = `${file}.${process.pid}.tmp`
  await fs.writeFile(temp, JSON.stringify(snapshot, null, 2))
  await fs.rename(temp, file)
}

/** The snapshot if it exists and has the expected shape; else null (a broken file counts as none). */
export async function readSnapshotFile<T extends z.ZodType>(
  file: string,
  shape: T,
): Promise<z.infer<T> | null> {
  try {
    const parsed = shape.safeParse(JSON.parse(await fs.readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** "02.12.2026, 14:05" in Berlin time, for build log lines about a snapshot's age. */
export const snapshotTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso))
