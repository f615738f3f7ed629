import { MigrationInterface, QueryRunner } from 'typeorm';

/** The request that enqueued a job (issue 17): the job's log lines carry the same request id. Null for older jobs. */
export class JobRequestId1764660000000 implements MigrationInterface {
  name = 'JobRequestId1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jobs ADD COLUMN request_id varchar(128)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jobs DROP COLUMN request_id`);
  }
}
