// How the search page reads what people type: the words that carry meaning (no filler words),
// and the closest known word for a misspelt one. Pure functions, used by ./search.ts.

// Filler words people type in natural queries ("Hilfe beim Einkaufen", "Sport für Kinder in der
// Oststadt"). Pagefind requires every word to match, so these would otherwise sink a query.
const stopWords = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber auch als am an auf aus bei beim bis ' +
    'durch für fuer gegen im in ins mit nach ohne über ueber um unter vom von vor zu zum zur ' +
    'ich du er es sie wir ihr man mich mir uns sich mein meine ist sind gibt gibts wo was wer wie wann welche welcher ' +
    'etwas nicht kein keine noch nur so sehr mal bitte hier dort da ' +
    'the a an and or of for in on at to with by from is are my me i how where what which near'
  ).split(' '),
)

/** The words of a query that carry meaning, lowercased, each once; all words if only fillers were typed. */
export function queryTerms(query: string, locale: string): string[] {
  const words = query.toLocaleLowerCase(locale).match(/[\p{L}\p{N}]+/gu) ?? []
  const meaningful = words.filter((w) => !stopWords.has(w))
  return [...new Set(meaningful.length ? meaningful : words)]
}

/** Edit distance with transpositions ("Rudren" is one step from "Rudern"). */
export function distance(a: string, b: string) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  return d[a.length][b.length]
}

/**
 * The site's word closest to a misspelt one: one edit for words up to six letters, two for longer
 * ones; nothing for words shorter than four letters (too many near neighbours to guess from).
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 4) return undefined
  const limit = word.length <= 6 ? 1 : 2
  let best: string | undefined
  let bestScore = limit + 1
  for (const v of vocabulary) {
    if (Math.abs(v.length - word.length) > limit || v === word) continue
    // Same first letter first: people rarely mistype the start of a word.
    const score = distance(word, v) + (v[0] === word[0] ? 0 : 0.5)
    if (score < bestScore) [best, bestScore] = [v, score]
  }
  return best
}

/** Lowercase without umlauts and accents, as Pagefind compares words. */
export const fold = (word: string) =>
  word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '')

/**
 * Whether the site has this word, allowing an ending of up to two letters ("Chöre" for "Chor").
 * Pagefind answers an unknown word with pages that share only its first letters ("ein" for
 * "Einkeufen"), so an unknown word is corrected first rather than searched as typed.
 */
export function knownWord(word: string, folded: readonly string[]): boolean {
  if (word.length < 4 || /\d/.test(word)) return true
  const f = fold(word)
  const stem = f.slice(0, Math.max(4, f.length - 2))
  return folded.some((v) => v.startsWith(stem))
}
