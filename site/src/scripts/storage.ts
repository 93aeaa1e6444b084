// localStorage can throw (storage disabled, quota, some private modes): then nothing is kept and
// the page works as before.
export function readFlag(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

export function writeFlag(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Not kept: the hint may appear once more next time.
  }
}
