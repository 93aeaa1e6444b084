// What pages import for text: the message catalogues (../i18n/) and the labels of select options,
// which the CMS defines once with every language (cms/src/options).
import { optionLabel, type OptionGroup } from '../../../cms/src/options'
import type { Locale } from './cms'

export { catalogueStrings, dirOf, intlOf, plural, t, type Messages } from '../i18n/index'

/** The label of a CMS select value in the page's language. */
export const label = (group: OptionGroup, value: string | null | undefined, locale: Locale = 'de'): string =>
  optionLabel(group, value, locale)
