// List entries as HTML strings. Lists on this site run into thousands of entries at city scale;
// rendering each as an Astro component costs several times more than building the string, and
// these entries are the hot path of every build. Every value goes through esc().
import type { Association, Event, Locale, News, Opportunity, SiteImage } from './data'
import { associationOf, associationsOf, districtOf, imageOf, langOf, topicsOf } from './data'
import { facetAttributes } from './facets'
import { formatDate, formatEventTime, formatTime, isoBerlin } from './format'
import { dirOf, label, plural, t } from './i18n'
import { docHref } from './paths'

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => entities[c])

/** ` lang="de"` where a page in another language shows a field untranslated. */
const langAttr = (
  locale: Locale,
  collection: 'events' | 'associations' | 'opportunities' | 'news',
  id: number | string,
  field: string,
) => (langOf(locale, collection, id, field) ? ' lang="de"' : '')

/**
 * A name from the content (a venue, a club: often German) inside a right-to-left line, isolated
 * with <bdi> so its direction cannot reorder the separators and words around it.
 */
export const isolate = (locale: Locale, text: string) =>
  dirOf(locale) === 'rtl' ? `<bdi>${esc(text)}</bdi>` : esc(text)

/** A topic's, district's or association's name in a list: marked German when untranslated, else isolated on rtl pages. */
const nameHtml = (
  locale: Locale,
  collection: 'topics' | 'districts' | 'associations',
  doc: { id: number | string; name: string },
) =>
  langOf(locale, collection, doc.id, 'name')
    ? `<span lang="de"${dirOf(locale) === 'rtl' ? ' dir="ltr"' : ''}>${esc(doc.name)}</span>`
    : isolate(locale, doc.name)

const attrs = (data: Record<string, string | undefined>) =>
  Object.entries(data)
    .map(([k, v]) => ` data-${k}="${esc(v ?? '')}"`)
    .join('')

/**
 * A small picture beside a list entry (the event's image, else the organiser's logo), lazy and
 * with its real proportions, drawn 5-7rem wide: the smallest generated size is enough.
 */
function thumb(image: SiteImage | undefined, logo = false) {
  if (!image) return ''
  return (
    `<img class="thumb${logo ? ' thumb-logo' : ''}" src="${esc(image.src)}" srcset="${esc(image.srcset)}" sizes="(min-width: 48rem) 7rem, 5rem"` +
    ` width="${image.width}" height="${image.height}" alt="${esc(image.alt)}" loading="lazy" decoding="async">`
  )
}
const withThumb = (picture: string) => (picture ? ' class="has-thumb"' : '')

type Level = 2 | 3 | 4

export function eventItem(
  e: Event,
  locale: Locale,
  options: { showDate?: boolean; headingLevel?: Level; images?: boolean } = {},
) {
  const s = t(locale)
  const { showDate = true, headingLevel = 3, images = true } = options
  const when = showDate
    ? formatEventTime(e, locale)
    : e.allDay
      ? s.allDay
      : `${formatTime(e.start, locale)}${s.oClock}`
  const meta = [
    `<time datetime="${esc(isoBerlin(e.start))}">${esc(when)}</time>`,
    e.venue?.name && e.attendance !== 'online' ? isolate(locale, e.venue.name) : '',
    e.attendance !== 'onsite' ? 'Online' : '',
    e.price?.isFree ? esc(s.free) : '',
  ]
    .filter(Boolean)
    .join(' · ')
  const own = images ? imageOf(locale, e.image) : undefined
  const logo =
    images && !own ? imageOf(locale, associationsOf(locale, e.organizers?.slice(0, 1))[0]?.logo) : undefined
  const picture = thumb(own ?? logo, !own)
  return (
    `<li data-filter-item${withThumb(picture)}${attrs({ ...facetAttributes(locale, 'events', e), day: isoBerlin(e.start).slice(0, 10) })}>` +
    `<h${headingLevel}>${e.cancelled ? `<span class="badge-cancelled">${esc(s.cancelled)}</span> ` : ''}<a href="${esc(docHref(locale, 'events', e))}"${e.cancelled ? ' class="cancelled-title"' : ''}>${isolate(locale, e.title)}</a></h${headingLevel}>` +
    `<p class="meta">${meta}</p>${e.summary ? `<p${langAttr(locale, 'events', e.id, 'summary')}>${esc(e.summary)}</p>` : ''}${picture}</li>`
  )
}

export function associationItem(a: Association, locale: Locale, headingLevel: Level = 3) {
  const s = t(locale)
  const topics = topicsOf(locale, a.topics)
  const district = districtOf(locale, a.district)
  const meta = [
    esc(label('kind', a.kind, locale)),
    district ? nameHtml(locale, 'districts', district) : '',
    topics.map((x) => nameHtml(locale, 'topics', x)).join(t(locale).listSeparator),
  ]
    .filter(Boolean)
    .join(' · ')
  const picture = thumb(imageOf(locale, a.logo), true)
  return (
    `<li data-filter-item${withThumb(picture)}${attrs(facetAttributes(locale, 'associations', a))}>` +
    `<h${headingLevel}><a href="${esc(docHref(locale, 'associations', a))}">${isolate(locale, a.name)}</a></h${headingLevel}>` +
    `<p class="meta">${meta}</p><p${langAttr(locale, 'associations', a.id, 'shortDescription')}>${esc(a.shortDescription)}</p>` +
    (a.lookingForMembers ? `<p><span class="tag tag-strong">${esc(s.lookingForMembers)}</span></p>` : '') +
    `${picture}</li>`
  )
}

export function opportunityItem(o: Opportunity, locale: Locale, headingLevel: Level = 3) {
  const district = districtOf(locale, o.district)
  const association = associationOf(locale, o.association)
  const hours = o.timeNeeded?.hours
  const meta = [
    association?.name ? nameHtml(locale, 'associations', association) : '',
    district?.name ? nameHtml(locale, 'districts', district) : '',
    esc(label('commitment', o.commitment, locale)),
    hours != null
      ? esc(`${plural(locale, 'hoursShort', hours)} ${label('per', o.timeNeeded?.per ?? 'week', locale)}`)
      : '',
  ]
    .filter(Boolean)
    .join(' · ')
  const suitability = o.suitability ?? []
  const own = imageOf(locale, o.image)
  const picture = thumb(own ?? imageOf(locale, association?.logo), !own)
  return (
    `<li data-filter-item${withThumb(picture)}${attrs(facetAttributes(locale, 'opportunities', o))}>` +
    `<h${headingLevel}><a href="${esc(docHref(locale, 'opportunities', o))}">${isolate(locale, o.title)}</a></h${headingLevel}>` +
    `<p class="meta">${meta}</p>${o.summary ? `<p${langAttr(locale, 'opportunities', o.id, 'summary')}>${esc(o.summary)}</p>` : ''}` +
    (suitability.length
      ? `<p>${suitability.map((v) => `<span class="tag">${esc(label('suitability', v, locale))}</span>`).join('')}</p>`
      : '') +
    `${picture}</li>`
  )
}

export function newsItem(n: News, locale: Locale, headingLevel: Level = 3) {
  const date = n.publishedDate ?? n.createdAt
  const picture = thumb(imageOf(locale, n.image))
  return (
    `<li data-filter-item${withThumb(picture)}><h${headingLevel}><a href="${esc(docHref(locale, 'news', n))}">${isolate(locale, n.title)}</a></h${headingLevel}>` +
    `<p class="meta"><time datetime="${esc(isoBerlin(date))}">${esc(formatDate(date, locale))}</time></p>${n.excerpt ? `<p${langAttr(locale, 'news', n.id, 'excerpt')}>${esc(n.excerpt)}</p>` : ''}${picture}</li>`
  )
}
