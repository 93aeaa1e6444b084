import type { APIRoute, GetStaticPaths } from 'astro'
import sharp from 'sharp'

import { icons, markSvg } from '../../lib/pwa/mark'

// App icons as PNG, rendered by sharp from the mark's SVG at build time (no binary files in the
// repository, and a change to the mark changes every icon). The same input gives the same bytes,
// so incremental and full builds agree.
export const getStaticPaths: GetStaticPaths = () =>
  icons.map((icon) => ({ params: { name: icon.name }, props: icon }))

export const GET: APIRoute = async ({ props }) => {
  const { size, purpose } = props as (typeof icons)[number]
  const png = await sharp(Buffer.from(markSvg(size, purpose)))
    .png({ compressionLevel: 9 })
    .toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } })
}
