import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Arbitrary constant: the advisory lock that lets one process at a time run migrations. */
const MIGRATION_LOCK = 727_001;

@Injectable()
export class MigrationRunner {
  private readonly logger = new Logger('Migrations');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs pending migrations; several replicas booting at once wait for each other instead of racing. */
  async run(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length)
        this.logger.log(`${applied.length} migration(s) appliquée(s) : ${applied.map((m) => m.name).join(', ')}`);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
