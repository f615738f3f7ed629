import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips PostgreSQL’s exact time (microseconds) and an id', () => {
    const cursor = { at: '2026-11-29 10:00:00.123456+00', id: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('is null when absent and refuses anything it did not make', () => {
    expect(decodeCursor(null)).toBeNull();
    expect(() => decodeCursor('not-a-cursor')).toThrow(/curseur invalide/);
    expect(() => decodeCursor(Buffer.from('["2026-01-01 00:00:00+00", "x"]').toString('base64url'))).toThrow(
      /curseur invalide/,
    );
    expect(() =>
      decodeCursor(Buffer.from('["hier", "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"]').toString('base64url')),
    ).toThrow(/curseur invalide/);
  });
});
