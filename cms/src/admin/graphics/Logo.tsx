import { Mark } from './Mark'

/** Login and account pages: the platform's mark and name instead of Payload's logo. */
export function Logo() {
  return (
    <span className="nb-logo">
      <Mark size={48} />
      <span className="nb-logo__text">
        <span className="nb-logo__name">Unser Neubrandenburg</span>
        <span className="nb-logo__tagline">Redaktion und Vereine</span>
      </span>
    </span>
  )
}
