import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { exportSnapshot, importSnapshot } from './report-snapshot-rows';

/** A read of the report: one or more statements on the manager it is given. */
export type SnapshotTask<T> = (manager: EntityManager) => Promise<T>;

/** Queues a read; answers its result. */
export type RunOnSnapshot = <R>(task: SnapshotTask<R>) => Promise<R>;

type Job = (manager: EntityManager) => Promise<void>;

/**
 * Runs independent reads on up to `connections` pooled connections that all see ONE snapshot (decision 0048): a
 * REPEATABLE READ transaction exports its snapshot (`pg_export_snapshot()`) and the helpers' REPEATABLE READ
 * transactions import it before reading, so that figures add up exactly as in a single transaction.
 *
 * `schedule` queues every read with `run` before its first `await` (a read queued later throws), then combines them;
 * reads start in the order they were queued, each on the first connection free. The leading transaction never waits
 * for a connection: helpers join when the pool gives them one, and one that comes after the last read has started
 * gives its connection back unused, so a busy pool slows reports down but cannot block them.
 */
export async function readOnOneSnapshot<T>(
  dataSource: DataSource,
  connections: number,
  schedule: (run: RunOnSnapshot) => Promise<T>,
): Promise<T> {
  const queue: Job[] = [];
  let sealed = false;
  let done = false;
  const run: RunOnSnapshot = <R>(task: SnapshotTask<R>) => {
    if (sealed) throw new Error('readOnOneSnapshot: every read is queued before the first await');
    return new Promise<R>((resolve, reject) => {
      queue.push((manager) => task(manager).then(resolve, reject));
    });
  };
  const drain = async (manager: EntityManager) => {
    for (let job = queue.shift(); job; job = queue.shift()) await job(manager);
  };
  const joined: Promise<void>[] = [];
  const help = async (snapshot: string) => {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.connect();
      // Checked and recorded without an await in between: the leading transaction stays open until this one is done.
      if (done || queue.length === 0) return;
      const work = within(runner, async () => {
        await importSnapshot(runner.manager, snapshot);
        await drain(runner.manager);
      });
      joined.push(work);
      await work;
    } finally {
      await runner.release();
    }
  };

  const lead = dataSource.createQueryRunner();
  await lead.connect();
  try {
    return await within(lead, async () => {
      const snapshot = await exportSnapshot(lead.manager);
      const answer = schedule(run);
      sealed = true;
      // Its failures reach the caller through `await answer` below, after the reads have stopped.
      answer.catch(() => undefined);
      for (let i = 1; i < connections; i += 1) {
        // A helper that fails before reading leaves the reads to the others; a read that fails fails `answer`.
        help(snapshot).catch(() => undefined);
      }
      await drain(lead.manager);
      // A helper that could not import the snapshot (the leading transaction failed a read) took no read: the
      // failure that matters is the read's, which `answer` carries.
      await Promise.allSettled(joined);
      return await answer;
    });
  } finally {
    done = true;
    await lead.release();
  }
}

/** `work` in a REPEATABLE READ transaction on `runner`, rolled back after: the report only reads. */
async function within<T>(runner: QueryRunner, work: () => Promise<T>): Promise<T> {
  await runner.startTransaction('REPEATABLE READ');
  try {
    return await work();
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
  }
}
