// Test-only parsers without type declarations.
declare module 'bibtex-parse' {
  export function entries(bibtex: string): Record<string, string>[];
}
