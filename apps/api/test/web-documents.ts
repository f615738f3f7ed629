import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/** The GraphQL documents the web app sends: every graphql(`…`) template in its sources. */
export function webDocuments(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'generated') walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(join(ROOT, 'apps/web/src'));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((match) => match[1]),
  );
}

/** One operation of the web app by name, with exactly the fragments it uses (as codegen sends it). */
export function webOperation(name: string): string {
  const documents = webDocuments();
  const operation = documents.find((document) => new RegExp(`^\\s*(query|mutation)\\s+${name}\\b`).test(document));
  if (!operation) throw new Error(`The web app has no operation named ${name}`);
  const fragments = new Map(
    documents.flatMap((document) => {
      const match = /^\s*fragment\s+(\w+)/.exec(document);
      return match ? [[match[1], document] as const] : [];
    }),
  );
  const needed = new Set<string>();
  const visit = (text: string) => {
    for (const [, spread] of text.matchAll(/\.\.\.(\w+)/g)) {
      if (needed.has(spread) || !fragments.has(spread)) continue;
      needed.add(spread);
      visit(fragments.get(spread)!);
    }
  };
  visit(operation);
  return [operation, ...[...needed].map((fragment) => fragments.get(fragment)!)].join('\n');
}
