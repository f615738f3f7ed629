import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** `graphql(`…`)` with a plain template (no `${…}`, no escape; `$variables` are fine): its text is the map's key. */
const DOCUMENT_CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;
/** The import that only those calls use, from the generated folder (`../../../generated`). */
const GRAPHQL_IMPORT = /^import \{ graphql \} from '(?:\.\.?\/)+generated';\n/m;

/**
 * Replaces every `graphql(`…`)` of the app by the document object the codegen made for it (`src/generated/graphql.ts`),
 * in the module that declares it, at build time.
 *
 * The client preset's `graphql()` looks documents up in one map of every operation (`gql.ts`): whatever imports it
 * downloads all 160-odd documents, and a chunk split by route could not leave any behind. Inlined, a document travels
 * with the page that asks for it (decision 0045). The unit tests and the dev server keep calling `graphql()`: the same
 * objects, looked up at run time.
 */
export function inlineGraphqlDocuments(generatedDir: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'culture-commune:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = readGeneratedDocuments(generatedDir);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(generatedDir) || !code.includes('graphql(`')) return null;
      let missing = 0;
      const inlined = code.replace(DOCUMENT_CALL, (call, text: string) => {
        const document = documents.get(text);
        if (document === undefined) {
          missing += 1;
          return call;
        }
        // Same number of lines as the call, so that the source map of what follows stays right.
        return `(${document})${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      if (missing > 0) {
        this.error(`${missing} graphql() document(s) of ${id} are not in ${generatedDir}: run \`nx run web:codegen\`.`);
      }
      // A call left behind would bring the map of every document back into the bundle, silently: refuse it.
      if (/\bgraphql\(\s*`/.test(inlined)) {
        this.error(
          `${id} calls graphql() with a template the build cannot inline (\${…} or an escape): write it plain.`,
        );
      }
      // Nothing calls `graphql()` any more: without its import, the map of every document stays out of the bundle.
      return { code: inlined.replace(GRAPHQL_IMPORT, '\n'), map: null };
    },
  };
}

/** Text of each `graphql()` call → the JSON of its document, from the codegen's two files. */
function readGeneratedDocuments(generatedDir: string): Map<string, string> {
  const objects = new Map<string, string>();
  for (const line of readFileSync(join(generatedDir, 'graphql.ts'), 'utf8').split('\n')) {
    const declaration = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
    if (declaration) objects.set(declaration[1], declaration[2]);
  }
  const documents = new Map<string, string>();
  for (const line of readFileSync(join(generatedDir, 'gql.ts'), 'utf8').split('\n')) {
    const entry = /^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/.exec(line);
    if (!entry) continue;
    const object = objects.get(entry[2]);
    if (object === undefined) throw new Error(`gql.ts names ${entry[2]}, which graphql.ts does not declare.`);
    documents.set(JSON.parse(entry[1]) as string, object);
  }
  if (documents.size === 0) throw new Error(`No GraphQL document found in ${generatedDir}: its format changed?`);
  return documents;
}
