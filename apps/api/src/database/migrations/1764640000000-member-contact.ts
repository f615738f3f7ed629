import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * « Contacter » (issue 14, decision 0031): a person may refuse messages sent through the platform (everyone accepts
 * them until they say otherwise: the directory exists so that people can reach each other); the development mailbox
 * keeps a mail's Reply-To, so that tests and the e2e journey can check it.
 */
export class MemberContact1764640000000 implements MigrationInterface {
  name = 'MemberContact1764640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members ADD COLUMN accepts_messages boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE dev_mails ADD COLUMN reply_to varchar(254)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dev_mails DROP COLUMN reply_to`);
    await q.query(`ALTER TABLE members DROP COLUMN accepts_messages`);
  }
}
