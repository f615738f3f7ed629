/**
 * Loads a package the first time a feature needs it rather than when the process starts. Only for heavy packages
 * that most requests never use (playwright-core for PDFs, mammoth for Word files, citation.js for imports): each
 * process start (API replica, CLI command, test suite) saves their loading time. See decision 0043.
 */
export function loadOnDemand<T>(id: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred loading is the point here
  return require(id) as T;
}
