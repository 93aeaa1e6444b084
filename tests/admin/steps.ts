import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import sharp from 'sharp'

import { budgets } from '../helpers/timeouts'

import type { AdminServer } from './harness'

// Steps a person takes in the admin, written once for every role's tests.

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

type AxeViolation = { id: string; nodes: { target: string[]; html: string }[] }

/**
 * Violations inside Payload's own components that this project cannot fix without forking them
 * (react-select's indicator buttons are aria-hidden yet focusable and its inputs unlabelled, the
 * Lexical editor's contenteditable has no accessible name, the date picker's input is not tied to
 * its label, icon-only buttons in the document controls, upload card and array rows' action menu have no name, the
 * "Versionen" tab's label differs from its text, array rows' drag handles have no name). They are matched node by node, by rule and by
 * Payload's own class names, so every other violation, and these rules anywhere else, fail the
 * test. Contrast problems are fixed in custom.css instead.
 */
const payloadComponentIssues: Record<string, RegExp> = {
  'aria-hidden-focus': /\.(dropdown-indicator|clear-indicator)\b/,
  label: /react-select-|\.rs__input|react-datepicker|date-time-picker|^input\[value=/,
  'aria-input-field-name': /\.ContentEditable__root/,
  'button-name':
    /\.date-time-picker__clear-button|\.doc-controls__popup|\.upload-relationship-details__|\.popup-button|\.btn--icon-only|\.nav-toggler|\.hamburger|\.array-actions__button/,
  'label-content-name-mismatch': /a\[aria-label="Versionen"\]|\.doc-tab/,
  list: /\.doc-tabs__tabs/,
  'nested-interactive': /rs__multi-value|multi-value/,
  // Array rows' drag handle (role="button" without a name), e.g. the settings' footer links.
  'aria-command-name': /collapsible__drag\b/,
}

/** axe-core (WCAG 2.1 A/AA) on the page as it is now; returns "rule (count) first-target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // After a save the admin moves to the new document's address and sets its title a moment
  // later: check the page once it has one (a page that never gets a title still fails here).
  await page.waitForFunction(() => document.title.trim().length > 0)
  await page.evaluate(axeSource)
  const violations = (await page.evaluate(() =>
    (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations),
  )) as AxeViolation[]
  return violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (node) => !payloadComponentIssues[v.id]?.test(`${node.target.join(' ')} ${node.html}`),
      ),
    }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.html.slice(0, 160)}`,
    )
}

/**
 * Waits until the edit form accepts input (Payload keeps it read-only while it loads). Once, under
 * a loaded CI machine, an account's edit view stayed read-only for the whole 180 s (CI of cf79a91;
 * the same test took 2.6 s on an idle machine): the form's state never arrived. A person reloads
 * then, and so does this, twice at most, within the same overall budget.
 */
export async function waitEditable(page: Page): Promise<void> {
  const editable = () => {
    const form = document.querySelector(
      'form.collection-edit__form, form[class*="edit__form"], .document-fields',
    )
    const input = document.querySelector<HTMLInputElement>('.document-fields input[type="text"]')
    return Boolean(form && input && !input.disabled && !input.readOnly)
  }
  const attempts = 3
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForFunction(editable, undefined, { timeout: budgets.adminStep / attempts })
      return
    } catch (error) {
      if (attempt === attempts) throw error
      await page.reload()
    }
  }
}

/** Opens a create view and checks it is really usable (not "Nicht autorisiert"). */
export async function openCreateView(page: Page, label: string): Promise<void> {
  await page.waitForURL(/\/create$/)
  await waitEditable(page)
  // Visible text only: the page also carries every translation (with this message) in a script.
  const text = await page.locator('body').innerText()
  if (/Nicht autorisiert|Unauthorized/.test(text))
    throw new Error(`Die Erstellansicht „${label}“ verweigert den Zugriff.`)
}

/** Types a date and time into a Payload date field ("dd.MM.yyyy HH:mm") as a person would. */
export async function fillDate(page: Page, name: string, value: string): Promise<void> {
  // The date input, not the time-zone picker beside it (also an input, rendered first at times).
  const input = page.locator(`#field-${name} input:not([role="combobox"])`).first()
  await input.click()
  await input.fill(value)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** A small real JPEG on disk, as a volunteer would pick one from their computer. */
async function photo(): Promise<string> {
  const file = path.join(os.tmpdir(), `nb-admin-photo-${process.pid}.jpg`)
  if (!fs.existsSync(file)) {
    await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 30, g: 90, b: 140 } } })
      .jpeg()
      .toFile(file)
  }
  return file
}

/** Uploads a new image into an upload field through the field's "create new" drawer, with alt text. */
export async function uploadImage(page: Page, field: string, alt: string): Promise<void> {
  const container = page.locator(`#field-${field}`).first()
  await container
    .getByRole('button', { name: /Neu erstellen|Neue erstellen|erstellen/i })
    .first()
    .click()
  const drawer = page.locator('.drawer--is-open, [class*="drawer"][class*="open"]').last()
  await drawer.locator('input[type="file"]').setInputFiles(await photo())
  await drawer.locator('#field-alt').fill(alt)
  await drawer
    .getByRole('button', { name: /Speichern/ })
    .last()
    .click()
  await container
    .getByText(/nb-admin-photo/)
    .first()
    .waitFor()
}

export async function apiLogin(admin: AdminServer, email: string, password: string): Promise<string> {
  const res = await fetch(`${admin.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string }
  if (!body.token) throw new Error(`Anmeldung für ${email} fehlgeschlagen (${res.status}).`)
  return body.token
}

/** Setup through REST (what the test is about happens in the browser). */
export async function restCreate(
  admin: AdminServer,
  token: string,
  collection: string,
  data: Record<string, unknown>,
) {
  const res = await fetch(`${admin.url}/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  const body = (await res.json()) as { doc?: { id: number | string }; errors?: unknown }
  if (!res.ok || !body.doc)
    throw new Error(`${collection} anlegen: ${res.status} ${JSON.stringify(body.errors)}`)
  return body.doc
}

/** Picks an option of a Payload select field by its visible label, as a person clicks it. */
export async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** The text of the toasts shown now (Payload's save and error messages). */
export async function toast(page: Page): Promise<string> {
  return (
    (await page
      .locator('.payload-toast-container')
      .innerText()
      .catch(() => '')) ?? ''
  )
}

/**
 * Presses "Speichern" until the page shows `text` (a field's error message). Twice in CI, on a
 * loaded machine, a save of a just-added array row showed neither the error nor a toast for 120 s
 * while the typed values stayed: the row's form state, requested while typing, can answer after the
 * save and reset the row's errors. A person sees no message and presses the button again; so does
 * this step, at most `attempts` times, and fails if the message never comes. Once more in CI the
 * button stayed disabled after such a save (the form no longer counted as changed): a person then
 * types the value again, which is what `retype` does, and presses again.
 */
export async function saveUntilShown(
  page: Page,
  text: string,
  retype: () => Promise<void>,
  attempts = 4,
): Promise<void> {
  const save = page.getByRole('button', { name: 'Speichern', exact: true })
  const shown = (timeout: number) =>
    page
      .waitForFunction((t) => document.body.innerText.includes(t), text, { timeout })
      .then(() => true)
      .catch(() => false)
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (!(await save.isEnabled())) {
      // A save still under way, or a form that forgot its change: wait for either, then retype.
      const button = await save.elementHandle()
      const enabled = await page
        .waitForFunction((b) => !(b as HTMLButtonElement).disabled, button, { timeout: 15_000 })
        .then(() => true)
        .catch(() => false)
      if (await shown(1000)) return
      if (!enabled) await retype()
    }
    await save.click({ timeout: 30_000 })
    if (await shown(30_000)) return
  }
  throw new Error(`Nach ${attempts}× Speichern zeigt die Seite nicht: ${text}`)
}
