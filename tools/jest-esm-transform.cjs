// Turns the ESM-only packages Jest meets (meilisearch, …) into CommonJS, keeping ES2022 class semantics.
const ts = require('typescript');
const crypto = require('node:crypto');

const compilerOptions = {
  allowJs: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  useDefineForClassFields: true,
  esModuleInterop: true,
  sourceMap: false,
};

module.exports = {
  process(source, filename) {
    return { code: ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update(source).update(filename).update(ts.version).update('v1').digest('hex');
  },
};
