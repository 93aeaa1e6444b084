// The platform's own mark (city gate above a wave), the same drawing as the wordmark in
// layouts/BaseLayout.astro, as SVG source for the app icons that sharp renders at build time.

const gate = (fill: string) =>
  `<path d="M9 31V17.5a11 11 0 0 1 22 0V31h-6V17.5a5 5 0 0 0-10 0V31z" fill="${fill}"/>`
const wave = (stroke: string) =>
  `<path d="M5 35c5-3 10-3 15 0s10 3 15 0" fill="none" stroke="${stroke}" stroke-width="3" stroke-linecap="round"/>`

export const brand = { blue: '#0b4f8a', teal: '#1f8a8a', white: '#ffffff' }

/**
 * `any`: the mark as in the header, a rounded white tile on transparent ground.
 * `maskable`: full-bleed tile; the drawing shrunk into the central safe zone (a circle of 80 %
 * of the width), because launchers cut the icon to circles, squircles or rounded squares.
 */
export function markSvg(size: number, purpose: 'any' | 'maskable'): string {
  if (purpose === 'any') {
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="${size}" height="${size}"><rect width="40" height="40" rx="8" fill="${brand.white}"/>${gate(brand.blue)}${wave(brand.teal)}</svg>`
  }
  // The drawing spans x 5..35, y 6.5..36.5 (30 units); scaled to 20 units it fits the safe circle.
  const scale = 20 / 30
  const shift = 20 - 21.5 * scale
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="${size}" height="${size}"><rect width="40" height="40" fill="${brand.white}"/><g transform="translate(${(20 - 20 * scale).toFixed(3)} ${shift.toFixed(3)}) scale(${scale.toFixed(5)})">${gate(brand.blue)}${wave(brand.teal)}</g></svg>`
}

/** Every icon the manifest and the pages name, by file name below /icons/. */
export const icons = [
  { name: 'icon-96', size: 96, purpose: 'any' },
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-192', size: 192, purpose: 'maskable' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
  // iOS ignores the manifest's icons and masks this one itself: the full-bleed variant.
  { name: 'apple-touch-icon', size: 180, purpose: 'maskable' },
] as const
