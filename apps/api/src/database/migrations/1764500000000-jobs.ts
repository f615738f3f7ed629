import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job queue for side effects after commit (mail, digests, PDF and later imports): a job is a row written in the
 * caller's transaction, claimed by a worker with FOR UPDATE SKIP LOCKED under a lease, retried with backoff, and kept
 * as `failed` (the dead-letter state admins see) when its attempts are spent.
 */
export class Jobs1764500000000 implements MigrationInterface {
  name = 'Jobs1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE jobs (
         id bigserial PRIMARY KEY,
         queue varchar(64) NOT NULL,
         payload jsonb NOT NULL DEFAULT '{}'::jsonb,
         state varchar(16) NOT NULL DEFAULT 'pending' CONSTRAINT jobs_state_check CHECK (state IN ('pending', 'running', 'done', 'failed')),
         attempts integer NOT NULL DEFAULT 0,
         max_attempts integer NOT NULL DEFAULT 5,
         run_after timestamptz NOT NULL DEFAULT now(),
         singleton_key varchar(200),
         locked_by varchar(100),
         locked_until timestamptz,
         last_error text,
         created_at timestamptz NOT NULL DEFAULT now(),
         started_at timestamptz,
         finished_at timestamptz
       )`,
    );
    // What workers scan: jobs due or whose lease ran out (a worker killed mid-job), per queue.
    await q.query(`CREATE INDEX jobs_claimable ON jobs (queue, run_after) WHERE state IN ('pending', 'running')`);
    await q.query(`CREATE INDEX jobs_failed ON jobs (finished_at DESC) WHERE state = 'failed'`);
    // A scheduled slot (the weekly digest's quarter hour) or any deduplicated job exists once, whoever enqueues it.
    await q.query(`CREATE UNIQUE INDEX jobs_singleton ON jobs (queue, singleton_key) WHERE singleton_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE jobs`);
  }
}
