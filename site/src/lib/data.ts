// The pages' only way to content: the snapshot the build script wrote (see ./cms.ts), plus
// small helpers for relations, dates and filtering, so the .astro files stay thin. The reads live
// in ./snapshot-reads.ts, the lists computed from them in ./content-lists.ts.

export type { Locale, SiteImage, SiteVideo } from './cms'
export type {
  Association,
  District,
  Event,
  News,
  Opportunity,
  Page,
  Setting,
  Topic,
} from '../../../cms/src/payload-types'

export {
  associationOf,
  associationsOf,
  content,
  districtOf,
  getSnapshot,
  htmlOf,
  idOf,
  imageOf,
  isTranslated,
  langOf,
  now,
  participation,
  politics,
  published,
  publishedNames,
  settings,
  topicsOf,
  videoOf,
} from './snapshot-reads'
export {
  currentOpportunities,
  eventsByOrganizer,
  eventsByTopic,
  gatheringOf,
  inListWindow,
  isExpired,
  isPast,
  listWindowDays,
  networkMembers,
  notYetValid,
  opportunitiesOf,
  pastEvents,
  sortedAssociations,
  sortedNews,
  upcomingEvents,
  upcomingMonthNames,
  upcomingMonths,
} from './content-lists'
export { berlinDay } from './format'
