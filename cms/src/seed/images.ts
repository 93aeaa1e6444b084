import sharp from 'sharp'

// Demo pictures are drawn locally (no downloads): soft landscapes in the city's lake colours.
const palettes = [
  ['#0b5394', '#6fa8dc', '#f1c232'],
  ['#38761d', '#93c47d', '#ffe599'],
  ['#741b47', '#c27ba0', '#fce5cd'],
  ['#134f5c', '#76a5af', '#f6b26b'],
  ['#7f6000', '#f1c232', '#cfe2f3'],
  ['#20124d', '#8e7cc3', '#ffd966'],
]

export const demoImages = [
  {
    alt: 'Ruderboote auf dem Tollensesee im Morgenlicht (Illustration)',
    altEn: 'Rowing boats on Lake Tollense in the morning light (illustration)',
  },
  {
    alt: 'Grüne Wiese mit Obstbäumen und Sonne (Illustration)',
    altEn: 'Green meadow with fruit trees and sun (illustration)',
  },
  {
    alt: 'Bühne mit Scheinwerfern in warmen Farben (Illustration)',
    altEn: 'Stage with spotlights in warm colours (illustration)',
  },
  {
    alt: 'Stadtsilhouette mit Stadttor am Abend (Illustration)',
    altEn: 'City skyline with a city gate in the evening (illustration)',
  },
  {
    alt: 'Bunte Kreise als Symbol für Gemeinschaft (Illustration)',
    altEn: 'Colourful circles symbolising community (illustration)',
  },
  {
    alt: 'Nachthimmel mit Sternen über dem See (Illustration)',
    altEn: 'Night sky with stars above the lake (illustration)',
  },
]

export async function renderDemoImage(index: number, width = 1200, height = 800): Promise<Buffer> {
  const [dark, mid, light] = palettes[index % palettes.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${width * (0.2 + 0.1 * index)}" cy="${height * 0.28}" r="${height * 0.12}" fill="${light}" opacity="0.9"/>
    <path d="M0 ${height * 0.7} Q ${width * 0.3} ${height * 0.55} ${width * 0.6} ${height * 0.68} T ${width} ${height * 0.62} V ${height} H 0 Z" fill="${dark}"/>
    <path d="M0 ${height * 0.82} Q ${width * 0.4} ${height * 0.74} ${width} ${height * 0.86} V ${height} H 0 Z" fill="${mid}" opacity="0.7"/>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
