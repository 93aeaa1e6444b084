import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAccounts } from '../../cms/src/seed/index'
import { budgets } from '../helpers/timeouts'
import { type AdminServer, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import { axeViolations, toast, waitEditable, saveUntilShown } from './steps'

vi.setConfig({ expect: { poll: { timeout: 120_000, interval: 250 } } })

// issue 19: an editor links a council paper (Vorlage) to a topic in the real admin (de-DE), as
// for districts; the topic page shows it (tests/politics/site.test.ts). An address that is not a
// web address is refused in German and the typed title stays.
const accounts = demoAccounts()
let admin: AdminServer
let browser: Browser
let page: Page

beforeAll(async () => {
  admin = await startAdmin('politics')
  browser = await launchBrowser()
  page = await (await germanContext(browser)).newPage()
  await logIn(page, admin, accounts.editor.email, accounts.editor.password)
}, budgets.setup)
afterAll(async () => {
  await browser?.close()
  await admin?.close()
})

describe('council papers on a topic', { timeout: 300_000 }, () => {
  it('refuses an address that is not a web address, saves the paper, and the API has it', async () => {
    const found = (await (
      await fetch(`${admin.url}/api/topics?where[slug][equals]=senioren&depth=0`)
    ).json()) as { docs: { id: number }[] }
    const id = found.docs[0]!.id
    await page.goto(`${admin.url}/admin/collections/topics/${id}`)
    await waitEditable(page)
    await page.getByText('Vorlagen aus dem Ratsinformationssystem').scrollIntoViewIfNeeded()
    await page.getByRole('button', { name: 'Vorlage hinzufügen' }).click()
    const title = page.locator('#field-councilPapers__0__title')
    const url = page.locator('#field-councilPapers__0__url')
    // The new row may mount again after the click: type until it keeps the values.
    const typed = async (field: typeof title, value: string) => {
      if ((await field.inputValue()) !== value) await field.fill(value)
      return field.inputValue()
    }
    const paper = 'Vorlage 0912/2026: Seniorenbeirat – Bericht 2026'
    await expect.poll(() => typed(title, paper)).toBe(paper)
    await expect.poll(() => typed(url, 'ratsinfo vo0050 912')).toBe('ratsinfo vo0050 912')
    await saveUntilShown(
      page,
      'Bitte geben Sie eine vollständige Internetadresse an, die mit https:// beginnt.',
      // Typed anew (empty, then the value): the form counts as changed again.
      async () => {
        await url.fill('')
        await url.fill('ratsinfo vo0050 912')
      },
    )
    // Nothing typed is lost.
    expect(await title.inputValue()).toBe(paper)
    await snap(page, 'admin-topic-paper-error')
    const address = 'https://neubrandenburg.sitzung-mv.de/public/vo020?VOLFDNR=912'
    await url.fill(address)
    await page.getByRole('button', { name: 'Speichern', exact: true }).click()
    await expect.poll(() => toast(page)).toContain('Erfolgreich aktualisiert.')
    const topic = (await (await fetch(`${admin.url}/api/topics/${id}?depth=0`)).json()) as {
      councilPapers?: { title: string; url: string }[]
    }
    expect(topic.councilPapers?.map((p) => [p.title, p.url])).toEqual([[paper, address]])
    await snap(page, 'admin-topic-paper-saved')
    expect(await axeViolations(page)).toEqual([])
  })
})
