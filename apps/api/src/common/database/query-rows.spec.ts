import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { queryRows } from './query-rows';

/** A query runner that answers as TypeORM's postgres runner does with `useStructuredResult`. */
function fakeRunner(records: object[]) {
  const runner = {
    isReleased: false,
    calls: [] as { sql: string; parameters: unknown[]; structured: boolean }[],
    async query(sql: string, parameters: unknown[], structured: boolean) {
      runner.calls.push({ sql, parameters, structured });
      // What `manager.query` would have answered for an UPDATE: `[rows, count]`; structured: `records`.
      return structured
        ? { records, raw: [records, records.length], affected: records.length }
        : [records, records.length];
    },
    release: jest.fn(async () => {
      runner.isReleased = true;
    }),
  };
  return runner;
}

function fakeManager(
  transactionRunner: ReturnType<typeof fakeRunner> | undefined,
  ownRunner: ReturnType<typeof fakeRunner>,
) {
  const dataSource = { createQueryRunner: jest.fn(() => ownRunner as unknown as QueryRunner) };
  return {
    dataSource,
    queryRunner: transactionRunner as unknown as QueryRunner | undefined,
  } as unknown as EntityManager;
}

describe('queryRows', () => {
  it('answers the rows of an UPDATE … RETURNING, not `[rows, count]`', async () => {
    const own = fakeRunner([{ member_id: 'm1' }]);
    const rows = await queryRows<{ member_id: string }>(
      fakeManager(undefined, own),
      'UPDATE t SET x = 1 RETURNING member_id',
      [1],
    );
    expect(rows).toEqual([{ member_id: 'm1' }]);
    expect(own.calls).toEqual([{ sql: 'UPDATE t SET x = 1 RETURNING member_id', parameters: [1], structured: true }]);
  });

  it('runs on the transaction of the manager and leaves its runner open', async () => {
    const transaction = fakeRunner([{ id: 'a' }]);
    const own = fakeRunner([]);
    const manager = fakeManager(transaction, own);
    expect(await queryRows(manager, 'DELETE FROM t RETURNING id')).toEqual([{ id: 'a' }]);
    expect(transaction.calls).toHaveLength(1);
    expect(transaction.release).not.toHaveBeenCalled();
    expect(own.calls).toHaveLength(0);
  });

  it('outside a transaction, releases the runner it took, even when the statement fails', async () => {
    const own = fakeRunner([]);
    own.query = async () => {
      throw new Error('boom');
    };
    await expect(queryRows(fakeManager(undefined, own), 'SELECT 1')).rejects.toThrow('boom');
    expect(own.release).toHaveBeenCalledTimes(1);
  });

  it('takes a DataSource as well as a manager', async () => {
    const own = fakeRunner([{ n: 1 }]);
    const dataSource = { manager: fakeManager(undefined, own) } as unknown as DataSource;
    expect(await queryRows(dataSource, 'SELECT 1 AS n')).toEqual([{ n: 1 }]);
  });
});
