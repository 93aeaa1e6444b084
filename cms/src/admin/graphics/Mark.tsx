/**
 * The platform's mark: a city gate (Neubrandenburg is the "Vier-Tore-Stadt") in a rounded
 * square. Drawn inline, so the admin loads no image from anywhere.
 */
export function Mark({ size = 32 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" height={size} viewBox="0 0 32 32" width={size}>
      <rect fill="#0b4f8a" height="32" rx="7" width="32" />
      <path d="M8 25V13l3-4h10l3 4v12h-5v-6a3 3 0 0 0-6 0v6z" fill="#fff" />
      <path d="M10.5 13h11" stroke="#0b4f8a" strokeWidth="1.5" />
    </svg>
  )
}
