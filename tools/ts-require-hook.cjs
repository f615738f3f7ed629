// Lets a plain `node` process require the API's TypeScript sources, for child processes started from tests (ts-jest
// compiles only inside Jest): `node -r tools/ts-require-hook.cjs file.ts`. Transpile only, like ts-jest here; each
// output is cached on disk by the source's hash, so that a child process does not pay for loading TypeScript (1 s).
// Never used by the built API, which runs compiled JavaScript.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const cacheDir = join(tmpdir(), 'culture-commune-ts-hook');
let ts;

function transpile(source, filename) {
  ts ??= require('typescript');
  const compilerOptions = {
    module: ts.ModuleKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    useDefineForClassFields: false,
    sourceMap: false,
  };
  return ts.transpileModule(source, { fileName: filename, compilerOptions }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const key = createHash('sha256').update(filename).update('\0').update(source).update('v1').digest('hex');
  const cached = join(cacheDir, `${key}.js`);
  let output;
  try {
    output = readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${cached}.${process.pid}`, output);
    require('node:fs').renameSync(`${cached}.${process.pid}`, cached);
  }
  module._compile(output, filename);
};
