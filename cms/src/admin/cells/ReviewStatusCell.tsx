'use client'
import type { DefaultCellComponentProps } from 'payload'

import { reviewStateLabel } from '../../review/status'
import { ImportedChip } from '../ImportedChip'

/**
 * The review column in words that match what the public sees: a published entry whose review
 * field still says "draft" (seeded or older content) is "Veröffentlicht", not "Entwurf". Imported
 * entries carry "importiert" beside it (the column every reviewed list shows by default).
 */
export function ReviewStatusCell({ cellData, rowData }: DefaultCellComponentProps) {
  return (
    <span>
      {reviewStateLabel(cellData, rowData?._status)}
      <ImportedChip source={rowData?.source as { system?: unknown } | undefined} />
    </span>
  )
}
