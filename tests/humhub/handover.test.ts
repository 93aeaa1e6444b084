// Issue 21, hand-over of an imported association (cms/src/handover) on a real CMS, a real SMTP
// server and the HumHub stand-in: the cases the admin test does not click through. Nothing about
// the space's people is read before the editor confirms; a failing confirmation changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importHumHub } from '../../scripts/humhub/index'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { startMailTrap, useMailTrap, type MailTrap } from '../selfservice/smtp'
import { NOW, oldSite } from './fixture'
import { startHumHubStandIn, TOKEN, type StandIn } from './humhub-server'

let cms: TestCms
let humhub: StandIn
let trap: MailTrap
let chor: number
let club: number
// The editor's rights, as in the admin (relationship checks run with them).
let editor: Awaited<ReturnType<TestCms['payload']['create']>>
const asEditor = () => ({ user: editor, overrideAccess: false }) as const
const refused = new Set<string>()

beforeAll(async () => {
  trap = await startMailTrap({ refuse: (address) => refused.has(address) })
  useMailTrap(trap)
  humhub = await startHumHubStandIn(oldSite)
  process.env.HUMHUB_URL = humhub.url
  process.env.HUMHUB_TOKEN = TOKEN
  cms = await startTestCms({ name: 'humhub-handover' })
  // The editors' address, which hears of every club submission: not of every imported draft.
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { contact: { email: 'redaktion-postfach@example.org' } } as never,
  })
  await importHumHub(cms.payload, { url: humhub.url, token: TOKEN, now: NOW })
  const found = await cms.payload.find({
    collection: 'associations',
    where: { 'source.externalId': { equals: 'space:2' } },
    draft: true,
    overrideAccess: true,
  })
  chor = found.docs[0].id
  // The first account becomes the admin; the club account comes after.
  editor = await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password: 'Vier-Tore-Stadt-am-See-2026', role: 'editor' },
    overrideAccess: true,
  })
  const account = await cms.payload.create({
    collection: 'users',
    data: { email: 'vorstand@chor.example', password: 'Vierstimmig-am-Tollensesee-7', role: 'association' },
    overrideAccess: true,
  })
  club = account.id
}, budgets.slowTest)

afterAll(async () => {
  await cms?.close()
  await humhub?.close()
  await trap?.close()
})

const people = async () =>
  (
    await cms.payload.find({ collection: 'users', pagination: false, depth: 0, overrideAccess: true })
  ).docs.map((u) => [u.email, (u.associations ?? []).length])
const prepare = () =>
  cms.payload.create({
    collection: 'handovers',
    data: { association: chor, account: club, inviteAdmins: true },
    ...asEditor(),
  })
const confirm = (id: number | string) =>
  cms.payload.update({ collection: 'handovers', id, data: { confirmed: true }, ...asEditor() })
const membershipReads = () => humhub.requests.filter((r) => /membership|\/user\//.test(r))

describe('the import', () => {
  it('does not mail the editors once per imported draft', async () => {
    // A mail through the same adapter after the import: once it is in, the import's would be too.
    await cms.payload.sendEmail({ to: 'redaktion-postfach@example.org', subject: 'Kontrolle', text: '.' })
    await trap.waitFor('redaktion-postfach@example.org', 30_000)
    expect(trap.mails.map((m) => m.subject)).toEqual(['Kontrolle'])
  })
})

describe('a hand-over', () => {
  it('prepared, it reads nothing about people and links nobody', async () => {
    const before = await people()
    const handover = await prepare()
    expect(handover.title).toBe('Übergabe von „Chor Neubrandenburg“')
    expect(membershipReads()).toEqual([])
    expect(await people()).toEqual(before)
  })

  it('confirmed while HumHub fails, it stops with the reason and changes nothing', async () => {
    const handover = await prepare()
    const before = await people()
    humhub.faults = { status: { '/space/2/membership': 500 } }
    try {
      await expect(confirm(handover.id)).rejects.toThrow(
        'HumHub antwortet beim Lesen der Admins des Space „Chor Neubrandenburg“ (Seite 1) mit HTTP 500 (/api/v1/space/2/membership?page=1&limit=50). Es wurde nichts übergeben.',
      )
    } finally {
      humhub.faults = {}
    }
    expect(await people()).toEqual(before)
    const stored = await cms.payload.findByID({
      collection: 'handovers',
      id: handover.id,
      overrideAccess: true,
    })
    expect(stored.confirmed).toBe(false)
  })

  it('confirmed while the invitation cannot be mailed, it takes the accounts and links back', async () => {
    const handover = await prepare()
    const before = await people()
    refused.add('ute.saenger@example.org')
    try {
      await expect(confirm(handover.id)).rejects.toThrow(
        'Die Einladung an ute.saenger@example.org konnte nicht gesendet werden; Konten und Verknüpfungen wurden zurückgenommen, es wurde nichts übergeben. Bitte prüfen Sie die E-Mail-Einstellungen (SMTP) und versuchen Sie es noch einmal.',
      )
    } finally {
      refused.clear()
    }
    expect(await people()).toEqual(before)
  })

  it('without a club account and without invitations there is nothing to confirm', async () => {
    const handover = await cms.payload.create({
      collection: 'handovers',
      data: { association: chor },
      ...asEditor(),
    })
    await expect(confirm(handover.id)).rejects.toThrow(
      'Bitte wählen Sie ein Vereinskonto oder „Ehemalige Space-Admins einladen“, sonst gibt es nichts zu übergeben.',
    )
  })

  it('is for the editors only: a club account neither reads nor starts one', async () => {
    const member = await cms.payload.findByID({ collection: 'users', id: club, overrideAccess: true })
    const asClub = { user: member, overrideAccess: false } as const
    const refusal = 'Sie haben keine Berechtigung, diese Aktion auszuführen.'
    await expect(cms.payload.find({ collection: 'handovers', ...asClub })).rejects.toThrow(refusal)
    await expect(
      cms.payload.create({ collection: 'handovers', data: { association: chor, account: club }, ...asClub }),
    ).rejects.toThrow(refusal)
  })

  it('confirmed, it links the club account and invites the space admins, once', async () => {
    const handover = await confirm((await prepare()).id)
    expect(handover.invited?.map((p) => [p.email, p.note])).toEqual([
      ['ute.saenger@example.org', 'eingeladen'],
    ])
    expect(handover.confirmedAt).toBeTruthy()
    expect((await trap.waitFor('ute.saenger@example.org', 30_000)).subject).toBe(
      'Ihr Zugang zu Unser Neubrandenburg',
    )
    const account = await cms.payload.findByID({
      collection: 'users',
      id: club,
      depth: 0,
      overrideAccess: true,
    })
    expect(account.associations).toEqual([chor])
    await expect(
      cms.payload.update({
        collection: 'handovers',
        id: handover.id,
        data: { inviteAdmins: false },
        ...asEditor(),
      }),
    ).rejects.toThrow('Diese Übergabe ist bestätigt und abgeschlossen; sie lässt sich nicht mehr ändern.')
  })
})
