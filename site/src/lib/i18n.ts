// What pages import for text: the message catalogues (../i18n/), which also hold the labels of the
// CMS's select options in every language (the values and German labels: cms/src/options).
import type { OptionGroup } from '../../../cms/src/options'
import { t } from '../i18n/index'
import type { Locale } from './cms'

export { catalogueStrings, dirOf, intlOf, plural, t, type Messages } from '../i18n/index'

/** The label of a CMS select value in the page's language ('' for none, the value if unknown). */
export const label = (
  group: OptionGroup,
  value: string | null | undefined,
  locale: Locale = 'de',
): string => {
  if (!value) return ''
  const labels: Record<string, string> = t(locale).options[group]
  return labels[value] ?? value
}
