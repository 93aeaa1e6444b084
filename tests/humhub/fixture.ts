import { entry, membership, pngOf, post, space, type StandInData, user } from './humhub-server'

// The old unser-nb.de as the tests see it: German content, seven spaces (three pages at the
// stand-in's page size of three), one of them private, one named like an association that already
// exists, one without a description, a description with a script, a weekly series across the end
// of summer time, an all-day festival, and a news space with a public and a private post. Tags
// (to topics by scripts/humhub/topics.example.json, one tag it does not know), a logo, a banner,
// and the choir's memberships for a hand-over.

export const NOW = new Date('2026-10-01T08:00:00.000Z')
export const EXISTING_NAME = 'Segelverein Tollense e.V.'

export async function oldSite(base: string): Promise<StandInData> {
  const spaces = [
    space(1, 'Stadtteiltreff Oststadt', 'stadtteiltreff-oststadt', base, {
      description:
        '<p>Wir treffen uns <strong>jeden Dienstag</strong> im Oststadt-Zentrum.</p><script>alert("gehackt")</script>' +
        '<p onclick="stehlen()">Kommen Sie vorbei! <a href="https://oststadt.example/programm" onmouseover="x()">Programm</a></p>',
      tags: ['Nachbarschaft', 'Brettspiele', 'Neubrandenburg'],
    }),
    space(2, 'Chor Neubrandenburg', 'chor-neubrandenburg', base, {
      description: 'Wir singen vierstimmig, von Bach bis Beatles.',
      tags: ['Chor', 'musik'],
    }),
    space(3, 'Vorstand intern', 'vorstand-intern', base, {
      visibility: 0,
      description: 'Nur für den Vorstand.',
    }),
    space(4, EXISTING_NAME, 'segelverein-tollense', base, { description: 'Segeln auf dem Tollensesee.' }),
    space(5, 'Ohne Beschreibung', 'ohne-beschreibung', base, { description: null }),
    space(6, 'Neuigkeiten aus der Stadt', 'neuigkeiten', base, {
      description: 'Meldungen der Stadtredaktion.',
    }),
    space(7, 'Kleingartenverein Am See', 'kleingarten-am-see', base, {
      description: 'Gärtnern mit Blick aufs Wasser.',
      tags: ['Garten', 'Wassersport', 'Brettspiele'],
    }),
  ]
  // The choir's space: two admins (one only invited, not yet a member) and an ordinary member.
  // Only a confirmed hand-over reads them; the import never does.
  const ute = user(501, 'Ute Sänger', 'Ute.Saenger@example.org')
  const jens = user(502, 'Jens Bass', 'jens.bass@example.org')
  const karla = user(503, 'Karla Alt', 'karla.alt@example.org')
  return {
    spaces,
    memberships: { 2: [membership(ute, 'admin'), membership(jens, 'member'), membership(karla, 'admin', 1)] },
    users: { 501: ute, 502: jens, 503: karla },
    calendar: {
      101: [
        entry(11, 'stadtteiltreff-oststadt', 101, base, {
          title: 'Nachbarschaftscafé',
          description: 'Kaffee, Kuchen und **gute Gespräche**.',
          start_datetime: '2026-10-14 18:00:00',
          end_datetime: '2026-10-14 20:00:00',
          location: 'Oststadt-Zentrum, Ihlenfelder Straße',
        }),
        entry(12, 'stadtteiltreff-oststadt', 101, base, {
          title: 'Spieleabend',
          start_datetime: '2026-10-06 19:00:00',
          end_datetime: '2026-10-06 21:00:00',
          rrule: 'FREQ=WEEKLY;COUNT=4',
        }),
        entry(13, 'stadtteiltreff-oststadt', 101, base, { title: 'Vorstandssitzung' }, { visibility: 0 }),
      ],
      102: [
        entry(21, 'chor-neubrandenburg', 102, base, {
          title: 'Chorfest am Hafen',
          start_datetime: '2026-10-17 00:00:00',
          end_datetime: '2026-10-18 23:59:00',
          all_day: 1,
        }),
      ],
      103: [entry(31, 'vorstand-intern', 103, base, { title: 'Geheime Sitzung' })],
      106: [],
    },
    posts: {
      106: [
        post(
          61,
          106,
          base,
          'Neue Bänke am Tollensesee\n\nDie Stadt stellt **zwölf neue Bänke** am Ufer auf.',
          { created: '2026-09-20 09:30:00' },
        ),
        post(62, 106, base, 'Interner Entwurf der Redaktion', { visibility: 0 }),
      ],
    },
    images: {
      [String(spaces[1].guid)]: { status: 200, type: 'image/png', body: await pngOf('#2a6f97') },
      // The Stadtteiltreff has a banner (title image) but no profile image.
      [`banner/${String(spaces[0].guid)}`]: { status: 200, type: 'image/png', body: await pngOf('#e07a5f') },
    },
  }
}
