// The embed pages' getStaticPaths entries (pages/einbetten/ and pages/[lang]/einbetten/): every
// kind for every selection a partner feed exists for, in each of the given languages.
import { defaultLocale } from '../../../cms/src/locales'
import { feedKinds, feedPath, selections } from './partner-feed/feeds'
import type { Locale } from './snapshot'

export const embedPaths = (languages: Locale[]) =>
  languages.flatMap((locale) =>
    selections().flatMap((selection) =>
      feedKinds.map((kind) => ({
        params: {
          ...(locale === defaultLocale ? {} : { lang: locale }),
          path: feedPath(kind, selection),
        },
        props: { kind, selection, locale },
      })),
    ),
  )
