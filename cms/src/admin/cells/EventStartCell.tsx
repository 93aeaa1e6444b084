'use client'
import type { DefaultCellComponentProps } from 'payload'

import { formatEventStart } from '../format'

/** Start of an event in German, Berlin time; all-day events show the date only (no "00:00"). */
export function EventStartCell({ cellData, rowData }: DefaultCellComponentProps) {
  return <span>{formatEventStart(cellData, Boolean(rowData?.allDay))}</span>
}
