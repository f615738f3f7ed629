import type { INestApplicationContext } from '@nestjs/common';
import { SingleBar } from 'cli-progress';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { JobWorker } from '../jobs/job-worker.service';
import { OutboxWorker } from '../outbox/outbox-worker.service';
import { importReportCsv } from './import-report';
import { previewStatus } from './import-rows';
import { ImportRunner } from './import-runner';
import { ImportEntity } from './import.entity';
import { IMPORT_QUEUE, ImportsService } from './imports.service';

export const IMPORT_USAGE = `import <fichier> --themes a,b [--publics x,y] [--visibilite public|network|draft]
                        [--par courriel] [--doublons] [--rapport rapport.csv]
                        importe une bibliographie (RIS, BibTeX, CSL-JSON) ou un tableur (CSV) ; les notices
                        invalides et les doublons probables sont ignorées (--doublons : importer aussi les doublons)`;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** `cli import file.ris --themes eveil`: preview, import with a progress bar on stderr, index, then a summary. */
export async function importCommand(app: INestApplicationContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      themes: { type: 'string' },
      publics: { type: 'string' },
      visibilite: { type: 'string', default: 'network' },
      par: { type: 'string' },
      doublons: { type: 'boolean', default: false },
      rapport: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || !values.themes) {
    console.error(`Indiquez un fichier et au moins un thème.\nUsage : cli ${IMPORT_USAGE}`);
    return 2;
  }
  const dataSource = app.get(DataSource);
  // The resources are contributed by the member named, or by the first administrator (an installation's first load).
  const [member]: { id: string; role: Actor['role']; name: string }[] = await dataSource.query(
    values.par
      ? `SELECT id, role, name FROM members WHERE lower(email) = lower($1)`
      : `SELECT id, role, name FROM members WHERE role = 'admin' ORDER BY created_at, id LIMIT 1`,
    values.par ? [values.par] : [],
  );
  if (!member) {
    console.error(values.par ? `Aucun membre avec l’adresse ${values.par}.` : 'Aucun administrateur : utilisez --par.');
    return 2;
  }
  const actor: Actor = { id: member.id, role: member.role, organisationId: null, sessionHash: '' };
  const imports = app.get(ImportsService);
  try {
    const batch = await imports.upload(actor, basename(file), readFileSync(file));
    const counts = { new: 0, duplicate: 0, invalid: 0 };
    for (const row of batch.rows) counts[previewStatus(row)] += 1;
    console.error(
      `${batch.fileName} (${batch.format}) : ${batch.rows.length} notice(s) — ${counts.new} nouvelle(s), ` +
        `${counts.duplicate} doublon(s) probable(s), ${counts.invalid} invalide(s).`,
    );
    await imports.start(actor, batch.id, {
      themeSlugs: list(values.themes),
      audienceSlugs: list(values.publics),
      visibility: values.visibilite ?? 'network',
      skippedRows: [],
      importDuplicates: values.doublons ?? false,
    });
    const bar = new SingleBar({
      format: 'Import [{bar}] {percentage} % | {value}/{total} notices | {duration_formatted}',
      noTTYOutput: true,
      notTTYSchedule: 1000,
      stream: process.stderr,
    });
    bar.start(batch.rows.length, 0);
    await app.get(ImportRunner).run(batch.id, (done) => bar.update(done));
    bar.stop();
    // The queued job finds the batch done and stops; the new resources are indexed before returning.
    await app.get(JobWorker).runUntilIdle([IMPORT_QUEUE]);
    await app.get(OutboxWorker).drainUntilIdle();
    return summarise(app, batch.id, values.rapport);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(error.message);
    return 1;
  }
}

async function summarise(app: INestApplicationContext, id: string, reportPath?: string): Promise<number> {
  const batch = await app.get(DataSource).manager.findOneByOrFail(ImportEntity, { id });
  const created = batch.outcomes.filter((outcome) => outcome.outcome === 'created');
  const skipped = batch.outcomes.filter((outcome) => outcome.outcome === 'skipped');
  console.log(`${created.length} ressource(s) créée(s), ${skipped.length} notice(s) ignorée(s).`);
  for (const outcome of skipped) console.log(`  ligne ${outcome.n} « ${outcome.title} » : ${outcome.reason}`);
  if (reportPath) {
    const base = app.get<HttpConfig>(HTTP_CONFIG).publicUrl.replace(/\/$/, '');
    writeFileSync(
      reportPath,
      importReportCsv(batch.outcomes, (path) => `${base}${path}`),
    );
    console.log(`Rapport : ${reportPath}`);
  }
  return 0;
}
