import { sourceSystems } from '../fields/source'

/**
 * "importiert" beside an entry the HumHub import brought over, so editors reviewing the queue
 * know it was not written by a club on the new platform (and check it accordingly). Plain markup:
 * used by the list cell (client) and the dashboard's review queue (server).
 */
export function ImportedChip({ source }: { source?: { system?: unknown } | null }) {
  const system = sourceSystems.find((s) => s.value === source?.system)
  if (!system) return null
  // The space keeps "…eingereicht importiert" two words for screen readers and copied text.
  return (
    <>
      {' '}
      <span className="nb-imported-chip" title={system.label}>
        importiert
      </span>
    </>
  )
}
