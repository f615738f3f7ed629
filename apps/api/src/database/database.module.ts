import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DATABASE_CONFIG, type DatabaseConfig } from '../config/database.config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { MigrationRunner } from './migration-runner';
import { instrumentPostgres } from '../observability/instrument-stores';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [DATABASE_CONFIG],
      useFactory: (config: DatabaseConfig) => {
        // Every statement timed at TypeORM's query runner (cc_postgres_query_duration_seconds).
        instrumentPostgres();
        return {
          type: 'postgres',
          url: config.url,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          synchronize: false,
          migrationsRun: false,
          logging: config.logSql ? 'all' : ['error'],
          extra: { max: 10, application_name: 'culture-commune' },
        };
      },
    }),
  ],
  providers: [MigrationRunner],
  exports: [MigrationRunner],
})
export class DatabaseModule {}
