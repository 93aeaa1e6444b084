import fs from 'node:fs'
import path from 'node:path'

import jsonld from 'jsonld'
import { DataFactory, Parser, Store, Writer, type Quad } from 'n3'
import { RdfXmlParser } from 'rdfxml-streaming-parser'
import SHACLValidator from 'rdf-validate-shacl'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exists, read, startSiteFixture, type SiteFixture } from './fixture'

// issue 20, open data catalogue: /daten/katalog.jsonld read with a real RDF toolchain (jsonld
// expands it and turns it into triples without fetching anything) and validated with the SHACL
// shapes of GovData's profile "DCAT-AP.de 2.0 – Spezifikation & Konventionen" (vendored, see
// tests/fixtures/dcat-ap-de/README.md).

let f: SiteFixture
let doc: Record<string, unknown>
let data: Store
let shapes: Store
const fixtures = path.resolve(import.meta.dirname, '../fixtures/dcat-ap-de')
const shapeFiles = [
  'dcat-ap_2.1.1_shacl_shapes.ttl',
  'dcat-ap-spec-german-additions.ttl',
  'dcat-ap-konventionen.ttl',
  'dcat-ap-de-deprecated.ttl',
]
const { namedNode } = DataFactory
const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'

const turtle = (file: string) => new Parser().parse(fs.readFileSync(path.join(fixtures, file), 'utf8'))
// No network: a catalogue that needs a remote context fails here instead of in a harvester.
const documentLoader = async (url: string): Promise<never> => {
  throw new Error(`Der Katalog lädt ${url} nach: er muss ohne fremde Dokumente lesbar sein`)
}

beforeAll(async () => {
  f = await startSiteFixture('dcat')
  doc = JSON.parse(read(f, 'daten/katalog.jsonld'))
  const nquads = (await jsonld.toRDF(
    doc as never,
    { format: 'application/n-quads', documentLoader } as never,
  )) as unknown as string
  data = new Store(new Parser({ format: 'N-Quads' }).parse(nquads))
  shapes = new Store(shapeFiles.flatMap(turtle))
}, 600_000)
afterAll(async () => f?.close())

async function validate(graph: Store) {
  const withVocabularies = new Store([
    ...graph.getQuads(null, null, null, null),
    ...turtle('vocabularies-excerpt.ttl'),
  ])
  const report = await new SHACLValidator(shapes as never).validate(withVocabularies as never)
  const by = (severity: string) =>
    report.results
      .filter((r) => r.severity?.value === `http://www.w3.org/ns/shacl#${severity}`)
      .map((r) => `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join(' ')}`)
  return {
    conforms: report.conforms,
    violations: by('Violation'),
    warnings: by('Warning'),
    infos: by('Info'),
  }
}

describe('DCAT-AP.de catalogue /daten/katalog.jsonld', () => {
  it('expands to a dcat:Catalog of datasets with German and English titles', async () => {
    const expanded = (await jsonld.expand(doc as never, { documentLoader } as never)) as unknown as Record<
      string,
      unknown[]
    >[]
    const catalog = expanded.find((n) => (n['@type'] as unknown as string[])?.includes(`${DCAT}Catalog`))!
    expect(catalog).toBeTruthy()
    const datasets = data.getSubjects(namedNode(RDF_TYPE), namedNode(`${DCAT}Dataset`), null)
    expect(datasets.length).toBe(4)
    for (const d of datasets) {
      const langs = data
        .getObjects(d, namedNode(`${DCT}title`), null)
        .map((t) => (t as { language: string }).language)
      expect(langs.sort(), d.value).toEqual(['de', 'en'])
      expect(data.getObjects(d, namedNode('http://dcat-ap.de/def/dcatde/contributorID'), null)).toHaveLength(
        1,
      )
    }
    expect(read(f, 'daten/index.html')).toContain('href="/daten/katalog.jsonld"')
  })

  it('every distribution points to a file of the build, under dl-de/by-2-0 with attribution text', () => {
    const distributions = data.getSubjects(namedNode(RDF_TYPE), namedNode(`${DCAT}Distribution`), null)
    expect(distributions.length).toBeGreaterThan(8)
    for (const d of distributions) {
      const download = data.getObjects(d, namedNode(`${DCAT}downloadURL`), null)[0].value
      expect(exists(f, new URL(download).pathname.slice(1)), download).toBe(true)
      expect(data.getObjects(d, namedNode(`${DCT}license`), null).map((l) => l.value)).toEqual([
        'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      ])
      expect(
        data.getObjects(d, namedNode('http://dcat-ap.de/def/dcatde/licenseAttributionByText'), null),
      ).toHaveLength(1)
    }
  })

  it('the RDF/XML catalogue (/daten/katalog.rdf, for GovData) is the same graph and passes SHACL too', async () => {
    const quads = await new Promise<Quad[]>((resolve, reject) => {
      const parsed: Quad[] = []
      const parser = new RdfXmlParser({ baseIRI: 'http://localhost/daten/katalog.rdf' })
      parser.on('data', (q: Quad) => parsed.push(q))
      parser.on('error', reject)
      parser.on('end', () => resolve(parsed))
      parser.write(read(f, 'daten/katalog.rdf'))
      parser.end()
    })
    expect(quads.length).toBeGreaterThan(100)
    const canonical = (input: unknown, inputFormat?: string) =>
      jsonld.canonize(
        input as never,
        {
          algorithm: 'URDNA2015',
          format: 'application/n-quads',
          documentLoader,
          ...(inputFormat ? { inputFormat } : {}),
        } as never,
      ) as unknown as Promise<string>
    const fromXml = await canonical(
      new Writer({ format: 'N-Quads' }).quadsToString(quads),
      'application/n-quads',
    )
    expect(fromXml).toBe(await canonical(doc))
    const result = await validate(new Store(quads))
    expect(result.violations).toEqual([])
    expect(read(f, 'daten/index.html')).toContain('href="/daten/katalog.rdf"')
  }, 120_000)

  it('passes the DCAT-AP.de 2.0 SHACL validation (specification and conventions)', async () => {
    const result = await validate(data)
    console.log(
      `DCAT-AP.de SHACL: ${result.violations.length} Verstöße, ${result.warnings.length} Warnungen, ${result.infos.length} Hinweise${result.warnings.length ? `\n${result.warnings.join('\n')}` : ''}`,
    )
    expect(result.violations).toEqual([])
    expect(result.conforms).toBe(result.warnings.length === 0 && result.infos.length === 0)
    // Not a blank check: without its licence a distribution fails (K31).
    const broken = new Store(data.getQuads(null, null, null, null))
    broken.removeQuads(broken.getQuads(null, namedNode(`${DCT}license`), null, null))
    expect((await validate(broken)).violations.join('\n')).toMatch(/K31/)
  }, 120_000)
})
