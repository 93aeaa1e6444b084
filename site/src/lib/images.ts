// The site serves every image from its own origin: the build copies each image an item uses, in
// every size Payload generated, from the CMS into the media directory, and notes how pages show it.
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Media } from '../../../cms/src/payload-types'
import { CmsUnavailableError } from './cms-client'
import type { Collections, SiteImage } from './snapshot'

const imageSizes = ['thumbnail', 'card', 'wide'] as const

/** Copies a media document's image files from the CMS into mediaDir; returns how pages show it. */
export async function fetchImage(
  cmsUrl: string,
  media: Media,
  mediaDir: string,
  timeoutMs: number,
): Promise<SiteImage | null> {
  if (!media?.mimeType?.startsWith('image/') || !media.url || !media.width || !media.height) return null
  const variants: { url: string; filename: string; width: number; height: number }[] = []
  for (const size of imageSizes) {
    const s = media.sizes?.[size]
    if (s?.url && s.filename && s.width && s.height)
      variants.push({ url: s.url, filename: s.filename, width: s.width, height: s.height })
  }
  // Small originals get no generated sizes; then the original itself is the only variant.
  if (!variants.length && media.filename)
    variants.push({ url: media.url, filename: media.filename, width: media.width, height: media.height })
  const copied: typeof variants = []
  for (const v of variants) {
    const target = path.join(mediaDir, path.basename(v.filename))
    try {
      await fs.access(target)
    } catch {
      const url = new URL(v.url, cmsUrl)
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
      if (!res.ok) throw new CmsUnavailableError(cmsUrl, `${url.pathname}: HTTP ${res.status}`)
      await fs.writeFile(target, Buffer.from(await res.arrayBuffer()))
    }
    copied.push(v)
  }
  if (!copied.length) return null
  copied.sort((a, b) => a.width - b.width)
  const main = copied.find((v) => v.width >= 800) ?? copied[copied.length - 1]
  return {
    src: `/medien/${encodeURIComponent(path.basename(main.filename))}`,
    width: main.width,
    height: main.height,
    srcset: copied
      .map((v) => `/medien/${encodeURIComponent(path.basename(v.filename))} ${v.width}w`)
      .join(', '),
    alt: media.alt ?? '',
    caption: media.caption,
    credit: media.credit,
  }
}

/** Ids of the media documents the content uses (logos, gallery images, item images, the emblem). */
export function referencedMediaIds(
  content: Collections,
  settings?: { emblem?: unknown } | null,
): Set<string> {
  const ids = new Set<string>()
  const add = (v: unknown) => {
    if (v === null || v === undefined) return
    ids.add(String(typeof v === 'object' ? (v as { id: unknown }).id : v))
  }
  for (const a of content.associations) {
    add(a.logo)
    for (const i of a.images ?? []) add(i)
  }
  for (const d of [...content.events, ...content.news, ...content.opportunities]) add(d.image)
  add(settings?.emblem)
  return ids
}
