import { Mark } from './Mark'

/** The small mark in the admin's navigation. */
export function Icon() {
  return <Mark size={18} />
}
