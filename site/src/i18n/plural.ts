// The plural forms live with the CMS (cms/src/i18n/plural.ts), which counts in its form answers
// too; the site and its browser scripts read them from here.
export { forms, pluralText, type PluralForms } from '../../../cms/src/i18n/plural'
