import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { hiddenFromClubs, loggedInField, staffOnly } from '../access/roles'
import { checkSignVideoUpload, maxSignVideoBytes, signVideoMimeTypes } from '../hooks/checkUpload'
import { setUploader } from '../hooks/setUploader'
import { uploadsDir } from '../lib/paths'
import path from 'node:path'

// Videos in German Sign Language (DGS) for the start page and for pages (BITVO M-V § 6). MP4 is
// accepted here and only here: ordinary uploads (media) still refuse videos. The site copies the
// file to its own origin; nothing is embedded from other servers.
export const SignVideos: CollectionConfig<'sign-videos'> = {
  slug: 'sign-videos',
  labels: { singular: 'Gebärdensprach-Video', plural: 'Gebärdensprach-Videos' },
  admin: {
    useAsTitle: 'title',
    group: 'Inhalte',
    hidden: hiddenFromClubs,
    defaultColumns: ['title', 'filename', 'updatedAt'],
    description: `Videos in Deutscher Gebärdensprache (DGS), nur im Format MP4 und höchstens ${maxSignVideoBytes / 1024 / 1024} MB groß, mit dem Text dazu.`,
  },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeOperation: [checkSignVideoUpload], beforeChange: [setUploader] },
  upload: {
    staticDir: path.join(uploadsDir(), 'sign-videos'),
    mimeTypes: signVideoMimeTypes,
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true },
    {
      name: 'transcript',
      type: 'textarea',
      label: 'Text zum Video (Transkript)',
      required: true,
      admin: {
        description:
          'Was im Video gebärdet wird, als Text. Pflicht: Menschen, die das Video nicht sehen oder keine Gebärdensprache können, lesen ihn unter dem Video.',
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Hochgeladen von',
      access: { read: loggedInField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
