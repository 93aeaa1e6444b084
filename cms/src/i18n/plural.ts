// Plural forms the way ICU messages state them: one text per CLDR plural category, "#" for the
// number. German and English need "one" and "other"; Ukrainian adds "few" and "many", Arabic
// "zero", "two", "few" and "many". Intl.PluralRules picks the category for the page's language.
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>

/** Marks a catalogue entry as plural forms (so its type is PluralForms in every language). */
export const forms = (f: PluralForms): PluralForms => f

const rules = new Map<string, Intl.PluralRules>()
const numbers = new Map<string, Intl.NumberFormat>()

/** "5 Einträge", "2 записи", "11 إدخالًا": the form for n in the language with this Intl tag. */
export function pluralText(intl: string, f: PluralForms, n: number): string {
  let r = rules.get(intl)
  if (!r) rules.set(intl, (r = new Intl.PluralRules(intl)))
  let nf = numbers.get(intl)
  if (!nf) numbers.set(intl, (nf = new Intl.NumberFormat(intl)))
  return (f[r.select(n)] ?? f.other).replace('#', nf.format(n))
}
