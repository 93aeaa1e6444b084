'use client'
import type { DefaultCellComponentProps } from 'payload'

/** "Ja"/"Nein" instead of Payload's code chips "wahr"/"falsch". */
export function YesNoCell({ cellData }: DefaultCellComponentProps) {
  return <span>{cellData ? 'Ja' : 'Nein'}</span>
}
