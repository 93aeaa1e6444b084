import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { loggedInField } from '../access/roles'
import { staffOrMember, staffOrUploader } from '../access/uploads'
import { allowedMimeTypes, checkUpload } from '../hooks/checkUpload'
import { setUploader } from '../hooks/setUploader'
import { uploadsDir } from '../lib/paths'

// WebP roughly halves the bytes of JPEG/PNG at the same look: it matters on cheap phones.
const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Datei', plural: 'Medien' },
  admin: { useAsTitle: 'alt', group: 'Inhalte', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: staffOrMember, update: staffOrUploader, delete: staffOrUploader },
  hooks: { beforeOperation: [checkUpload], beforeChange: [setUploader] },
  upload: {
    staticDir: uploadsDir(),
    mimeTypes: allowedMimeTypes,
    focalPoint: true,
    // Sizes the site uses; width-only so portrait and landscape keep their proportions.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp },
      { name: 'card', width: 800, formatOptions: webp },
      { name: 'wide', width: 1600, formatOptions: webp },
    ],
    formatOptions: webp,
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativtext',
      required: true,
      localized: true,
      admin: {
        description: 'Beschreibt das Bild für Menschen, die es nicht sehen können (Pflicht nach BITV 2.0).',
      },
    },
    { name: 'caption', type: 'text', label: 'Bildunterschrift', localized: true },
    { name: 'credit', type: 'text', label: 'Bildnachweis / Urheber' },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Hochgeladen von',
      // Set by the setUploader hook from the logged-in user, whatever the request sends.
      access: { read: loggedInField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
