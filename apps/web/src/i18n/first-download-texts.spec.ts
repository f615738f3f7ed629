import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fr } from './fr';
import { frFirst } from './fr-first';
import { frMore } from './fr-more';

// The first download carries only the French texts its own modules show (decision 0051): every other module is loaded
// on demand by `lazyPart`, which waits for fr-more.ts. These tests read the modules the way the bundler places them:
// the static imports from main.tsx (relative ones; `import()` and `import type` bring nothing into the first download).

const src = resolve(__dirname, '..');
const at = (file: string) => relative(src, file);

type Tree = { [key: string]: string | Tree };

/** The module a relative import names, as the bundler resolves it. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate),
  );
}

/** `import … from './x'` and `export … from './x'` (not `import type`), with the names imported. */
function staticImports(file: string, code: string) {
  return [...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:([^'";]*?)\s*from\s*)?['"]([^'"]+)['"]/gm)].flatMap(
    ([, names = '', specifier]) => {
      const module = resolveImport(file, specifier);
      return module ? [{ module, names }] : [];
    },
  );
}

/** The first download's modules, text files excepted: main.tsx and what it imports statically, step by step. */
/** The translation runtime itself (decision 0052): it passes on the keys it is given and uses none of its own. */
const RUNTIME = new Set(['i18n/runtime.ts', 'i18n/keys.ts', 'i18n/trans.tsx', 'i18n/use-translation.tsx']);

function firstDownloadModules(): Map<string, string> {
  const modules = new Map<string, string>();
  const queue = [join(src, 'main.tsx')];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (modules.has(file)) continue;
    const code = readFileSync(file, 'utf8');
    modules.set(file, code);
    queue.push(...staticImports(file, code).map(({ module }) => module));
  }
  for (const file of modules.keys())
    if (/\/i18n\/(fr|en)([-/.])/.test(file) || at(file).startsWith('generated/') || RUNTIME.has(at(file)))
      modules.delete(file);
  return modules;
}

const namespaces = new Set(Object.keys(fr));
const startsWithNamespace = (key: string) => namespaces.has(key.split('.')[0]);

/** A text or a sub-tree of `tree` at a dotted key; a plural key (`pages` for `pages_one`…) finds its forms. */
function lookUp(tree: Tree, key: string): string | Tree | undefined {
  const path = key.split('.');
  const last = path.pop() as string;
  let node: string | Tree | undefined = tree;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'object') return undefined;
  if (last in node) return node[last];
  const plurals = Object.keys(node).filter((name) => name.startsWith(`${last}_`));
  return plurals.length > 0 ? Object.fromEntries(plurals.map((name) => [name, (node as Tree)[name]])) : undefined;
}

type Use = { key: string; module: string; whole?: boolean };

/**
 * The keys a module uses: every quoted key of a namespace (`t('search.title')`, `i18n.t('…')`, `i18nKey="…"`, and a key
 * kept in a constant or a ternary); a template key by its literal prefix, whose whole sub-tree it may show
 * (`errors.${reason}` → `errors`); and a component that passes its `i18nKey` prop on behind a prefix (`HiddenLabel`:
 * `readingLists.${i18nKey}`) by the literal keys its callers in the first download give it.
 */
function keysUsed(modules: Map<string, string>): { uses: Use[]; unreadable: string[] } {
  const uses: Use[] = [];
  const unreadable: string[] = [];
  const passOnPrefix = new Map<string, string>();
  for (const [file, code] of modules) {
    const module = at(file);
    for (const [, key] of code.matchAll(/['"]([A-Za-z]\w*(?:\.\w+)+)['"]/g))
      if (startsWithNamespace(key)) uses.push({ key, module });
    for (const [, prefix, expression] of code.matchAll(/`([^`$]*)\$\{([^}]*)\}/g)) {
      const key = prefix.replace(/\.$/, '');
      if (expression.trim() === 'i18nKey' && startsWithNamespace(key)) passOnPrefix.set(file, prefix);
      else if (startsWithNamespace(key) && prefix.endsWith('.')) uses.push({ key, module, whole: true });
    }
    for (const [call] of code.matchAll(/\b(?:t\(|i18nKey=\{)\s*`[^`]*`/g)) {
      const prefix = /`([^`$]*)/.exec(call)?.[1] ?? '';
      if (!startsWithNamespace(prefix)) unreadable.push(`${call} (${module})`);
    }
    for (const [call] of code.matchAll(/\b(?:t\(|i18nKey=\{)\s*[A-Za-z_$][\w$.]*\s*[,)}]/g))
      unreadable.push(`${call} (${module})`);
  }
  for (const [file, code] of modules) {
    const module = at(file);
    const importedFrom = new Map(
      staticImports(file, code).flatMap(({ module: from, names }) =>
        [...names.matchAll(/\w+/g)].map(([name]) => [name, from] as const),
      ),
    );
    for (const attribute of code.matchAll(/\bi18nKey=(?:(["'])(.*?)\1|\{)/g)) {
      const element = [...code.slice(0, attribute.index).matchAll(/<([A-Z]\w*)/g)].pop()?.[1] ?? '?';
      const prefix = passOnPrefix.get(importedFrom.get(element) ?? '');
      if (prefix === undefined) continue;
      const key = attribute[2];
      if (key === undefined) unreadable.push(`<${element} i18nKey={…}> (${module})`);
      else uses.push({ key: `${prefix}${key}`, module });
    }
  }
  return { uses, unreadable };
}

/** Every text of a tree with its dotted key. */
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );

describe('the French texts of the first download', () => {
  const modules = firstDownloadModules();
  const { uses, unreadable } = keysUsed(modules);

  it('are looked for in the modules the first download holds', () => {
    expect([...modules.keys()].map(at)).toEqual(
      expect.arrayContaining([
        'app/layout.tsx',
        'features/search/pages/search-page.tsx',
        'features/resources/pages/resource-page.tsx',
        'i18n/use-labels.ts',
      ]),
    );
    expect(uses.length).toBeGreaterThan(100);
  });

  it('hold every text those modules show (a missing one would show as its key until a lazy part loads)', () => {
    const missing = uses.flatMap(({ key, module, whole }) => {
      const text = lookUp(frFirst as Tree, key);
      if (text === undefined) return [`${key} (${module})`];
      if (whole && JSON.stringify(text) !== JSON.stringify(lookUp(fr as Tree, key)))
        return [`${key}, the whole sub-tree (${module})`];
      return [];
    });
    expect(missing).toEqual([]);
  });

  it('are read from keys the test understands (a template key starts with its namespace)', () => {
    expect(unreadable).toEqual([]);
  });

  it('are written once: no text is both in the first download and in the part loaded on demand', () => {
    const more = new Set(leaves(frMore as Tree));
    expect(leaves(frFirst).filter((key) => more.has(key))).toEqual([]);
  });

  it('and the part loaded on demand make all of French', () => {
    expect([...leaves(frFirst), ...leaves(frMore as Tree)].sort()).toEqual(leaves(fr).sort());
  });
});
