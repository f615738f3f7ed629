import { INestApplicationContext, Logger } from '@nestjs/common';
import { MigrationRunner } from './database/migration-runner';
import { IndexAdminService } from './modules/search/index-admin.service';

/** Before serving: migrations (fatal on failure), then index settings (retried by the indexer if Meilisearch is down). */
export async function prepareStores(app: INestApplicationContext): Promise<void> {
  await app.get(MigrationRunner).run();
  try {
    await app.get(IndexAdminService).ensureIndexes();
  } catch (error) {
    new Logger('Boot').warn(
      `Réglages de l’index non appliqués (Meilisearch injoignable ?) : ${(error as Error).message}`,
    );
  }
}
