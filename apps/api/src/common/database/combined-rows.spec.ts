import type { EntityManager } from 'typeorm';
import { CombinedReads, combinedStatement } from './combined-rows';

/** A manager whose runner answers `answer(sql)` and records what it was sent. */
function fakeManager(answer: (sql: string) => object[]) {
  const sent: { sql: string; parameters: unknown[] }[] = [];
  const runner = {
    isReleased: false,
    async query(sql: string, parameters: unknown[]) {
      sent.push({ sql, parameters });
      return { records: answer(sql) };
    },
    async release() {},
  };
  const manager = { queryRunner: undefined, dataSource: { createQueryRunner: () => runner } };
  return { manager: manager as unknown as EntityManager, sent };
}

describe('Combined reads', () => {
  it('renumbers each read’s parameters after the previous ones’, in one SELECT of json_agg subqueries', () => {
    const { sql, params } = combinedStatement([
      { sql: 'SELECT a FROM t WHERE x = $1 AND y = ANY($2::uuid[])', params: [1, ['u']] },
      { sql: 'SELECT b FROM u WHERE z = $1 OR w = $1 OR v = $2', params: ['z', 'v'] },
      { sql: 'SELECT c FROM v WHERE n = $10', params: Array.from({ length: 10 }, (_, i) => i) },
    ]);
    expect(sql).toContain(
      "(SELECT COALESCE(json_agg(q), '[]'::json) FROM (SELECT a FROM t WHERE x = $1 AND y = ANY($2::uuid[])) q) AS r0",
    );
    expect(sql).toContain('FROM (SELECT b FROM u WHERE z = $3 OR w = $3 OR v = $4) q) AS r1');
    expect(sql).toContain('FROM (SELECT c FROM v WHERE n = $14) q) AS r2');
    expect(params).toEqual([1, ['u'], 'z', 'v', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('sends the reads of one turn as one statement, each caller getting its rows, timestamps as dates', async () => {
    const { manager, sent } = fakeManager(() => [
      { r0: [{ id: 'c1', created_at: '2026-12-04T20:20:35.123456+00:00', note: '2026-12-04T20:20:35+00:00' }], r1: [] },
    ]);
    const reads = new CombinedReads();
    const [comments, files] = await Promise.all([
      reads.rows<{ id: string; created_at: Date; note: string }>(manager, {
        sql: 'SELECT * FROM comments WHERE id = $1',
        params: ['c1'],
        dates: ['created_at'],
      }),
      reads.rows(manager, { sql: 'SELECT * FROM files WHERE id = $1', params: ['f1'] }),
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0].parameters).toEqual(['c1', 'f1']);
    expect(comments).toEqual([
      { id: 'c1', created_at: new Date('2026-12-04T20:20:35.123Z'), note: '2026-12-04T20:20:35+00:00' },
    ]);
    expect(files).toEqual([]);
  });

  it('runs a read alone as it is, and a read that a batch loader queues one turn later still joins', async () => {
    const { manager, sent } = fakeManager((sql) =>
      sql.startsWith('SELECT (SELECT') ? [{ r0: [], r1: [] }] : [{ id: 1 }],
    );
    const reads = new CombinedReads();
    expect(await reads.rows(manager, { sql: 'SELECT 1 AS id', params: [] })).toEqual([{ id: 1 }]);
    expect(sent.map((statement) => statement.sql)).toEqual(['SELECT 1 AS id']);
    // A BatchLoader flushes in a setImmediate: its read comes a turn after the resolver's direct one.
    const direct = reads.rows(manager, { sql: 'SELECT 2', params: [] });
    const loaded = new Promise((resolve) =>
      setImmediate(() => resolve(reads.rows(manager, { sql: 'SELECT 3', params: [] }))),
    );
    await Promise.all([direct, loaded]);
    expect(sent).toHaveLength(2);
  });

  it('fails every read of a statement that fails', async () => {
    const { manager } = fakeManager(() => {
      throw new Error('connexion perdue');
    });
    const reads = new CombinedReads();
    const results = await Promise.allSettled([
      reads.rows(manager, { sql: 'SELECT 1', params: [] }),
      reads.rows(manager, { sql: 'SELECT 2', params: [] }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
