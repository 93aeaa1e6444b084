import type { UIFieldServerProps } from 'payload'

type Skipped = {
  collection?: string | null
  docId?: string | null
  title?: string | null
  reason?: string | null
}

/**
 * Publish status: the documents the last site build left out because the site cannot render them,
 * each linked to its edit view, so editors can correct them. A server component without client code.
 */
export function SkippedDocuments({ data, payload }: UIFieldServerProps) {
  const rows = ((data as { siteSkipped?: Skipped[] } | undefined)?.siteSkipped ?? []).filter(
    (r) => r.collection && r.docId,
  )
  if (!rows.length) return null
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="site-skipped-heading" style={{ marginBottom: '1.5rem' }}>
      <h3 id="site-skipped-heading">
        Nicht veröffentlicht: {rows.length === 1 ? 'ein Dokument' : `${rows.length} Dokumente`}
      </h3>
      <p>
        Diese Inhalte wurden beim letzten Neubau ausgelassen, weil die Website sie nicht darstellen kann.
        Alles andere ist online. Bitte öffnen Sie das Dokument und korrigieren Sie die genannte Angabe; danach
        wird es mit veröffentlicht.
      </p>
      <ul>
        {rows.map((row) => (
          <li key={`${row.collection}/${row.docId}`}>
            <a
              href={`${admin}/collections/${encodeURIComponent(row.collection!)}/${encodeURIComponent(row.docId!)}`}
            >
              {row.title || `Dokument ${row.docId}`}
            </a>
            {': '}
            {row.reason}
          </li>
        ))}
      </ul>
    </section>
  )
}
