import type { INestApplicationContext } from '@nestjs/common';
import { SingleBar } from 'cli-progress';
import { OutboxWorker } from '../outbox/outbox-worker.service';
import { IndexAdminService } from './index-admin.service';
import { SearchIndexRegistry } from './search-index.registry';

/** `cli reindex` (and the end of `cli restore`): every index rebuilt from PostgreSQL with a progress bar, swapped in. */
export async function reindexAll(app: INestApplicationContext): Promise<void> {
  for (const definition of app.get(SearchIndexRegistry).all()) {
    const bar = new SingleBar({
      format: `Réindexation ${definition.name} [{bar}] {percentage} % | {value}/{total} documents | {duration_formatted}`,
      noTTYOutput: true,
      notTTYSchedule: 1000,
    });
    let started = false;
    const count = await app.get(IndexAdminService).reindex(definition.name, (done, total) => {
      if (!started) bar.start(total, done);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    });
    bar.stop();
    console.log(`${definition.name} : ${count} documents indexés, nouvel index en service.`);
  }
  await app.get(OutboxWorker).drainUntilIdle();
}

/** `cli check-index`: prints each index's drift from PostgreSQL; answers whether there is any. */
export async function checkAllIndexes(app: INestApplicationContext): Promise<boolean> {
  let drift = false;
  for (const definition of app.get(SearchIndexRegistry).all()) {
    const report = await app.get(IndexAdminService).checkDrift(definition.name);
    const line = (label: string, ids: string[]) =>
      `  ${label} : ${ids.length}${ids.length ? ` (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''})` : ''}`;
    console.log(`${report.index} : ${report.rows} lignes en base, ${report.documents} documents dans l'index`);
    console.log(
      [line('manquants', report.missing), line('périmés', report.stale), line('en trop', report.extra)].join('\n'),
    );
    drift ||= report.missing.length + report.stale.length + report.extra.length > 0;
  }
  console.log(drift ? 'Écart détecté : lancez « reindex ».' : 'Aucun écart.');
  return drift;
}
