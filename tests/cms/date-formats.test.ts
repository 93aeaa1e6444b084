import type { Field } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'

// Every date an editor or a club member sees in the admin reads the German way (dd.MM.yyyy,
// 24-hour clock). A date field without a display format falls back to Payload's English pattern,
// which the German admin showed as "Dez. 2, 2026 6:17 vorm." and "12/02/2026" on enquiries.
let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms({ name: 'date-formats' })
})
afterAll(async () => cms?.close())

type AnyField = Field & {
  name?: string
  fields?: Field[]
  tabs?: { fields: Field[] }[]
  blocks?: { fields: Field[] }[]
  admin?: Record<string, unknown>
}

function dateFields(fields: Field[], where: string): { where: string; format?: string; shown: boolean }[] {
  return (fields as AnyField[]).flatMap((field) => {
    const here = field.name ? `${where}.${field.name}` : where
    const nested = [
      ...(field.fields ?? []),
      ...(field.tabs ?? []).flatMap((t) => t.fields),
      ...(field.blocks ?? []).flatMap((b) => b.fields),
    ]
    const own =
      field.type === 'date'
        ? [
            {
              where: here,
              format: (field.admin?.date as { displayFormat?: string } | undefined)?.displayFormat,
              shown: !field.admin?.hidden && !field.admin?.disabled,
            },
          ]
        : []
    return [...own, ...dateFields(nested, here)]
  })
}

it('every date field shown in the admin has a German display format', () => {
  const config = cms.payload.config
  const all = [
    ...config.collections
      .filter((c) => !c.slug.startsWith('payload-'))
      .flatMap((c) => dateFields(c.fields, c.slug)),
    ...config.globals.flatMap((g) => dateFields(g.fields, g.slug)),
    // Payload's own timestamps and login fields; reviewSubmittedAt is never drawn (the review
    // header formats it itself); sessions are Payload's hidden list of logins.
  ].filter(
    (f) =>
      f.shown &&
      !/\.(createdAt|updatedAt|lockUntil|resetPasswordExpiration|reviewSubmittedAt|sessions\.expiresAt)$/.test(
        f.where,
      ),
  )
  expect(all.length).toBeGreaterThan(20)
  expect(
    all
      .filter((f) => !/^dd\.MM\.yyyy/.test(f.format ?? ''))
      .map((f) => `${f.where}: ${f.format ?? 'kein Anzeigeformat'}`),
  ).toEqual([])
})
