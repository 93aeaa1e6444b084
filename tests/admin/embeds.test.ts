import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAccounts } from '../../cms/src/seed/index'
import { budgets } from '../helpers/timeouts'
import { type AdminServer, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import { axeViolations, toast, waitEditable, saveUntilShown } from './steps'

vi.setConfig({ expect: { poll: { timeout: 120_000, interval: 250 } } })

// issue 20: an editor lists the websites that may frame the embeds, in the real admin (de-DE).
// An address with a path is refused with a German reason and the entry stays in the form.
const accounts = demoAccounts()
let admin: AdminServer
let browser: Browser
let page: Page

beforeAll(async () => {
  admin = await startAdmin('embeds')
  browser = await launchBrowser()
  page = await (await germanContext(browser)).newPage()
  await logIn(page, admin, accounts.editor.email, accounts.editor.password)
}, budgets.setup)
afterAll(async () => {
  await browser?.close()
  await admin?.close()
})

describe('embed origins in the settings', { timeout: 300_000 }, () => {
  it('refuses an address with a path, saves the origin, and the API has it', async () => {
    await page.goto(`${admin.url}/admin/globals/settings`)
    await waitEditable(page)
    // Payload renders fields as they scroll into view.
    await page.getByText('Einbetten auf anderen Websites').scrollIntoViewIfNeeded()
    await page.getByRole('button', { name: 'Website hinzufügen' }).click()
    const origin = page.locator('#field-embeds__allowedOrigins__0__origin')
    const note = page.locator('#field-embeds__allowedOrigins__0__note')
    // The new row may mount again after the click: type until it keeps the values.
    const typed = async (field: typeof origin, value: string) => {
      if ((await field.inputValue()) !== value) await field.fill(value)
      return field.inputValue()
    }
    await expect
      .poll(() => typed(origin, 'https://www.neubrandenburg.de/kultur'))
      .toBe('https://www.neubrandenburg.de/kultur')
    await expect.poll(() => typed(note, 'Stadt, Kulturseite')).toBe('Stadt, Kulturseite')
    await saveUntilShown(
      page,
      'Bitte nur Schema, Rechner und Port angeben, ohne Pfad oder Schrägstrich am Ende: https://www.neubrandenburg.de',
      // Typed anew (empty, then the value): the form counts as changed again.
      async () => {
        await origin.fill('')
        await origin.fill('https://www.neubrandenburg.de/kultur')
      },
    )
    // Nothing typed is lost.
    expect(await note.inputValue()).toBe('Stadt, Kulturseite')
    await snap(page, 'admin-embed-origin-error')
    await origin.fill('https://www.neubrandenburg.de')
    await page.getByRole('button', { name: 'Speichern', exact: true }).click()
    await expect.poll(() => toast(page)).toContain('Erfolgreich aktualisiert.')
    const settings = (await (await fetch(`${admin.url}/api/globals/settings`)).json()) as {
      embeds?: { allowedOrigins?: { origin: string }[] }
    }
    expect(settings.embeds?.allowedOrigins?.map((o) => o.origin)).toEqual(['https://www.neubrandenburg.de'])
    expect(await axeViolations(page)).toEqual([])
  })
})
