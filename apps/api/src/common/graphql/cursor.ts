import { InvalidInputError } from '../errors/domain-errors';

/**
 * A position in a list ordered by (time DESC, id DESC): opaque to clients, exact even when times tie. `at` is
 * PostgreSQL's own text of the timestamp (microseconds), since a JavaScript Date would round it to milliseconds.
 */
export interface Cursor {
  at: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

/** The cursor, or null when absent; BAD_USER_INPUT naming `field` when it was not made by encodeCursor. */
export function decodeCursor(value: string | null | undefined, field = 'after'): Cursor | null {
  if (!value) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at !== 'string' || typeof id !== 'string' || !TIMESTAMP.test(at) || !UUID.test(id))
      throw new Error('shape');
    return { at, id };
  } catch {
    throw InvalidInputError.of(field, 'unknown', { values: 'curseur invalide' });
  }
}
