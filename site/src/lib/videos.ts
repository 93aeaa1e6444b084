// Videos in German Sign Language (the CMS's sign-videos collection): the build copies each video a
// page or the settings use into the media directory, so the site plays it from its own origin.
import fs from 'node:fs/promises'
import path from 'node:path'

import type { SignVideo } from '../../../cms/src/payload-types'
import { CmsUnavailableError } from './cms-client'
import type { Collections, SiteVideo } from './snapshot'

const idOf = (v: unknown) =>
  v === null || v === undefined ? undefined : String(typeof v === 'object' ? (v as { id: unknown }).id : v)

/** Ids of the sign-language videos of the pages and the start page setting. */
export function referencedVideoIds(
  content: Pick<Collections, 'pages'>,
  settings?: { signVideo?: unknown } | null,
): Set<string> {
  const ids = new Set<string>()
  for (const id of [...content.pages.map((p) => idOf(p.signVideo)), idOf(settings?.signVideo)])
    if (id) ids.add(id)
  return ids
}

/** Copies the video file into mediaDir (once); null for anything that is not a complete MP4 upload. */
export async function fetchVideo(
  cmsUrl: string,
  doc: SignVideo,
  mediaDir: string,
  timeoutMs: number,
): Promise<SiteVideo | null> {
  if (doc.mimeType !== 'video/mp4' || !doc.url || !doc.filename || !doc.transcript) return null
  const target = path.join(mediaDir, path.basename(doc.filename))
  try {
    await fs.access(target)
  } catch {
    const url = new URL(doc.url, cmsUrl)
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    if (!res.ok) throw new CmsUnavailableError(cmsUrl, `${url.pathname}: HTTP ${res.status}`)
    await fs.writeFile(target, Buffer.from(await res.arrayBuffer()))
  }
  return {
    src: `/medien/${encodeURIComponent(path.basename(doc.filename))}`,
    mimeType: doc.mimeType,
    title: doc.title,
    transcript: doc.transcript,
  }
}
