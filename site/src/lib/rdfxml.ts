// RDF/XML of a compact JSON-LD document with its own inline prefix context, as the DCAT
// catalogue is (lib/dcat.ts): GovData's harvester reads RDF/XML, and the same object serialised
// twice keeps both files one graph (tests/site/dcat.test.ts compares their triples).
// Covers what JSON-LD's compact form uses there: node objects (with or without @id), @type,
// {@id} references, strings, {@value, @language | @type} literals, numbers, booleans, arrays.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type Node = { [key: string]: Json }

const rdf = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const xsd = 'http://www.w3.org/2001/XMLSchema#'

// XML 1.0 allows no control characters other than tab and line breaks, not even as references.
// eslint-disable-next-line no-control-regex -- exactly those characters are removed
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
const escape = (text: string) =>
  clean(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // A carriage return in content would be read as a line feed.
    .replace(/\r/g, '&#13;')

export function toRdfXml(doc: Node): string {
  const context = (doc['@context'] ?? {}) as Record<string, string>
  if (Object.keys(context).some((p) => p === 'rdf' || p === 'xml'))
    throw new Error('RDF/XML: the prefixes rdf and xml are reserved')
  /** A compact IRI (dct:title) with its prefix expanded; anything else is an absolute IRI already. */
  const expand = (name: string) => {
    const colon = name.indexOf(':')
    const prefix = name.slice(0, colon)
    return colon > 0 && context[prefix] && !name.startsWith(`${prefix}://`)
      ? context[prefix] + name.slice(colon + 1)
      : name
  }
  const element = (key: string) => {
    if (!/^[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*$/.test(key) || !context[key.split(':')[0]])
      throw new Error(`RDF/XML: property ${key} needs a prefix of the context`)
    return key
  }
  const attr = (iri: string) => `"${escape(iri)}"`

  function property(key: string, value: Json, indent: string): string[] {
    const name = element(key)
    if (Array.isArray(value)) return value.flatMap((v) => property(key, v, indent))
    if (typeof value === 'string') return [`${indent}<${name}>${escape(value)}</${name}>`]
    if (typeof value === 'number')
      return [
        `${indent}<${name} rdf:datatype=${attr(`${xsd}${Number.isInteger(value) ? 'integer' : 'double'}`)}>${value}</${name}>`,
      ]
    if (typeof value === 'boolean')
      return [`${indent}<${name} rdf:datatype=${attr(`${xsd}boolean`)}>${value}</${name}>`]
    if (value === null) return []
    if ('@value' in value) {
      const lang = value['@language'] ? ` xml:lang=${attr(String(value['@language']))}` : ''
      const type = value['@type'] ? ` rdf:datatype=${attr(expand(String(value['@type'])))}` : ''
      return [`${indent}<${name}${lang}${type}>${escape(String(value['@value']))}</${name}>`]
    }
    const keys = Object.keys(value)
    if (keys.length === 1 && keys[0] === '@id')
      return [`${indent}<${name} rdf:resource=${attr(expand(String(value['@id'])))}/>`]
    return [`${indent}<${name}>`, ...description(value, `${indent}  `), `${indent}</${name}>`]
  }

  function description(node: Node, indent: string): string[] {
    const about = node['@id'] !== undefined ? ` rdf:about=${attr(expand(String(node['@id'])))}` : ''
    const types = ([] as Json[]).concat(node['@type'] ?? [])
    const lines = [`${indent}<rdf:Description${about}>`]
    for (const type of types) lines.push(`${indent}  <rdf:type rdf:resource=${attr(expand(String(type)))}/>`)
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) continue
      lines.push(...property(key, value, `${indent}  `))
    }
    lines.push(`${indent}</rdf:Description>`)
    return lines
  }

  const namespaces = Object.entries(context)
    .map(([prefix, iri]) => `\n  xmlns:${prefix}=${attr(iri)}`)
    .join('')
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<rdf:RDF xmlns:rdf=${attr(rdf)}${namespaces}>`,
    ...description(doc, '  '),
    '</rdf:RDF>',
    '',
  ].join('\n')
}
