import { DomainError } from '../../common/errors/domain-errors';

export type Identifier = { kind: 'doi'; doi: string } | { kind: 'isbn'; isbn: string };

const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;

/**
 * A DOI (`10.1234/abc`, `doi:10.1234/abc`, `https://doi.org/10.1234/abc`) or an ISBN (10 or 13 digits, hyphens,
 * spaces and an `ISBN` prefix allowed) typed where a URL was expected; null for anything else. An ISBN whose check
 * digit is wrong is refused (a typo would otherwise find another book).
 */
export function detectIdentifier(input: string): Identifier | null {
  const trimmed = input.trim();
  const doi = DOI.exec(trimmed)?.[1];
  if (doi) return { kind: 'doi', doi: decodeSafely(doi) };
  const compact = trimmed.replace(/^isbn(?:-1[03])?:?\s*/i, '').replace(/[\s-]/g, '');
  if (!/^(\d{9}[\dX]|97[89]\d{10})$/i.test(compact)) return null;
  const isbn = compact.toUpperCase();
  if (!validIsbn(isbn)) throw new DomainError('badUserInput.isbnChecksum');
  return { kind: 'isbn', isbn };
}

export function validIsbn(isbn: string): boolean {
  const digits = [...isbn].map((char) => (char === 'X' ? 10 : Number(char)));
  if (digits.length === 10) {
    if (digits.slice(0, 9).some((digit) => digit === 10)) return false;
    return digits.reduce((sum, digit, index) => sum + digit * (10 - index), 0) % 11 === 0;
  }
  return digits.reduce((sum, digit, index) => sum + digit * (index % 2 ? 3 : 1), 0) % 10 === 0;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
