// Every package the running platform loads, found statically from the runtime's entry points.
// Static rather than "install with --omit=dev and start": a start only loads what that start
// executes (the calendar parser, the site build, the seed run on other paths), so a devDependency
// behind a lazy import or a worker would pass such a run; the graph walk sees every import.
import { builtinModules } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

export const repoRoot = path.resolve(import.meta.dirname, '../..')

/** What `npm start` and the site build run: Next bundles cms/src, Astro bundles site/, the scripts run under tsx. */
export const runtimeEntries = [
  'cms/src',
  'cms/next.config.mjs',
  'site/src',
  'site/astro.config.mjs',
  'scripts/start.ts',
  'scripts/migrate.ts',
  'scripts/seed.ts',
  'scripts/build-site.ts',
]

const extensions = ['.ts', '.tsx', '.mts', '.mjs', '.js', '.astro']
const aliases: Record<string, string> = {
  '@payload-config': 'cms/src/payload.config.ts',
  '@cms/': 'cms/src/',
}

export type Reached = { files: string[]; packages: Map<string, string[]>; binaries: Map<string, string[]> }

function sourceOf(file: string): string {
  const text = fs.readFileSync(file, 'utf8')
  if (!file.endsWith('.astro')) return text
  // An Astro component imports in its frontmatter and in its <script> tags; the markup imports nothing.
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  return [frontmatter, ...scripts].join('\n')
}

/** Value imports (type-only imports vanish at run time), dynamic imports, and string literals naming a script file (fork/spawn/Worker targets). */
function specifiersOf(
  file: string,
  withTypes = false,
): { imports: string[]; literals: string[]; binaries: string[] } {
  const source = ts.createSourceFile(
    file,
    sourceOf(file),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  const imports: string[] = []
  const literals: string[] = []
  const binaries: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const typeOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly))
      if (withTypes || !typeOnly) imports.push(node.moduleSpecifier.text)
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      (withTypes || !node.isTypeOnly)
    ) {
      imports.push(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const argument = node.arguments[0].text
      if (
        node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')
      )
        imports.push(argument)
      else if (ts.isIdentifier(node.expression) && node.expression.text === 'bin') binaries.push(argument)
    }
    // path.join(root, 'scripts', 'lib', 'x.mjs'): the literal parts name the file.
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['join', 'resolve'].includes(node.expression.name.text)
    ) {
      const parts = node.arguments.filter(ts.isStringLiteralLike).map((a) => a.text)
      if (parts.length > 1 && /\.(ts|mjs|js)$/.test(parts.at(-1)!)) literals.push(path.join(...parts))
    }
    if (ts.isStringLiteralLike(node) && /\.(ts|mjs|js)$/.test(node.text)) {
      literals.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { imports, literals, binaries }
}

function resolveFile(candidate: string): string | undefined {
  const tries = [
    candidate,
    ...extensions.map((e) => candidate + e),
    candidate.replace(/\.js$/, '.ts'),
    ...extensions.map((e) => path.join(candidate, 'index' + e)),
  ]
  return tries.find((t) => fs.existsSync(t) && fs.statSync(t).isFile())
}

function listFiles(entry: string): string[] {
  const absolute = path.join(repoRoot, entry)
  if (fs.statSync(absolute).isFile()) return [absolute]
  return fs
    .readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(absolute, relative))
    .filter(
      (file) =>
        extensions.includes(path.extname(file)) && !file.endsWith('.d.ts') && fs.statSync(file).isFile(),
    )
}

/** The package a bare specifier loads (`@scope/name/sub` → `@scope/name`), or undefined for builtins and virtual modules. */
export function packageName(specifier: string): string | undefined {
  if (
    specifier.startsWith('node:') ||
    builtinModules.includes(specifier.split('/')[0]) ||
    /^(astro|virtual):/.test(specifier)
  )
    return undefined
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** The package that provides `node_modules/.bin/<name>`. */
export function packageOfBinary(name: string): string {
  const target = fs.realpathSync(path.join(repoRoot, 'node_modules/.bin', name))
  // Against the real path of node_modules: it may itself be a link (a second work tree sharing one install).
  const relative = path.relative(fs.realpathSync(path.join(repoRoot, 'node_modules')), target).split(path.sep)
  return relative[0].startsWith('@') ? `${relative[0]}/${relative[1]}` : relative[0]
}

/** The repository's own module graph (type imports included): file -> the local files it imports. */
export function localImportGraph(entries: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of entries.flatMap(listFiles)) {
    const targets = specifiersOf(file, true)
      .imports.map((specifier) => {
        const alias = Object.keys(aliases).find(
          (a) => specifier === a || (a.endsWith('/') && specifier.startsWith(a)),
        )
        if (!specifier.startsWith('.') && !alias) return undefined
        return resolveFile(
          alias
            ? path.join(repoRoot, aliases[alias] + specifier.slice(alias.length))
            : path.resolve(path.dirname(file), specifier),
        )
      })
      .filter((target): target is string => Boolean(target))
    graph.set(
      path.relative(repoRoot, file),
      targets.map((t) => path.relative(repoRoot, t)),
    )
  }
  return graph
}

/** Groups of modules that import each other, directly or round about (Tarjan's strongly connected components). */
export function importLoops(graph: Map<string, string[]>): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const loops: string[][] = []
  const visit = (node: string) => {
    indices.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!))
    }
    if (low.get(node) === indices.get(node)) {
      const group: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        group.push(member)
      } while (member !== node)
      if (group.length > 1) loops.push(group.sort())
    }
  }
  for (const node of graph.keys()) if (!indices.has(node)) visit(node)
  return loops
}

export function reachRuntime(entries = runtimeEntries): Reached {
  const queue = entries.flatMap(listFiles)
  const seen = new Set<string>()
  const packages = new Map<string, string[]>()
  const binaries = new Map<string, string[]>()
  const note = (map: Map<string, string[]>, key: string, file: string) =>
    map.set(key, [...(map.get(key) ?? []), path.relative(repoRoot, file)])
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const { imports, literals, binaries: bins } = specifiersOf(file)
    for (const specifier of imports) {
      const alias = Object.keys(aliases).find(
        (a) => specifier === a || (a.endsWith('/') && specifier.startsWith(a)),
      )
      if (specifier.startsWith('.') || alias) {
        const target = alias
          ? path.join(repoRoot, aliases[alias] + specifier.slice(alias.length))
          : path.resolve(path.dirname(file), specifier)
        const resolved = resolveFile(target)
        if (resolved) queue.push(resolved)
        continue
      }
      const name = packageName(specifier)
      if (name) note(packages, name, file)
    }
    // A script started by path (fork, spawn, new Worker) is part of the runtime too.
    for (const literal of literals) {
      const resolved =
        resolveFile(path.resolve(path.dirname(file), literal)) ?? resolveFile(path.join(repoRoot, literal))
      if (resolved && resolved.startsWith(repoRoot) && !resolved.includes('node_modules'))
        queue.push(resolved)
    }
    for (const name of bins) note(binaries, packageOfBinary(name), file)
  }
  return { files: [...seen].map((f) => path.relative(repoRoot, f)).sort(), packages, binaries }
}
