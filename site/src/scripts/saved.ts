// The Merkliste: saved events, offers and associations, kept only in this browser's localStorage
// (no account, no cookie, nothing sent). Items carry what the list page and the calendar export
// need, so both work offline without fetching the pages again.

export type SavedKind = 'event' | 'opportunity' | 'association'
export type SavedItem = {
  /** `<kind>:<CMS id>`: the German and English page of one entry are one item. */
  key: string
  kind: SavedKind
  title: string
  /** Path of the page it was saved from. */
  url: string
  /** Events: ISO instants (UTC), whether all-day, where. */
  start?: string
  end?: string
  allDay?: boolean
  location?: string
  savedAt: string
}

const storageKey = 'nb-merkliste'

export function loadSaved(): SavedItem[] {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as unknown
    return Array.isArray(value)
      ? value.filter(
          (i): i is SavedItem =>
            typeof i?.key === 'string' && typeof i?.title === 'string' && typeof i?.url === 'string',
        )
      : []
  } catch {
    return []
  }
}

function store(items: SavedItem[]): boolean {
  try {
    localStorage.setItem(storageKey, JSON.stringify(items))
    return true
  } catch {
    return false
  }
}

export const isSaved = (key: string) => loadSaved().some((i) => i.key === key)

/** Saves or removes an item; returns whether it is saved afterwards. */
export function toggleSaved(item: Omit<SavedItem, 'savedAt'>): boolean {
  const items = loadSaved()
  const without = items.filter((i) => i.key !== item.key)
  if (without.length !== items.length) return !store(without)
  return store([...without, { ...item, savedAt: new Date().toISOString() }])
}

export function removeSaved(key: string) {
  store(loadSaved().filter((i) => i.key !== key))
}

/** Other open tabs of the site see changes through the storage event. */
export function onSavedChange(listener: () => void) {
  addEventListener('storage', (e) => e.key === storageKey && listener())
}
