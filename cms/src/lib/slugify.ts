const replacements: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
  '&': ' und ',
}

/** German-aware slug: "Fußball & Große Säle" -> "fussball-und-grosse-saele". */
export function slugify(input: string): string {
  return input
    .replace(/[äöüÄÖÜßẞ&]/g, (ch) => replacements[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}
