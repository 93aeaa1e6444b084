'use client'
import type { DefaultCellComponentProps } from 'payload'

import { reviewStateLabel } from '../../review/status'

/**
 * The review column in words that match what the public sees: a published entry whose review
 * field still says "draft" (seeded or older content) is "Veröffentlicht", not "Entwurf".
 */
export function ReviewStatusCell({ cellData, rowData }: DefaultCellComponentProps) {
  return <span>{reviewStateLabel(cellData, rowData?._status)}</span>
}
