import './register-aliases';
import 'reflect-metadata';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import { prepareStores } from './boot';
import { applyCliDefaults } from './config/cli-defaults';
import { CoreModule } from './core.module';
import { DigestService } from './modules/digest/digest.service';
import { JobWorker } from './modules/jobs/job-worker.service';
import { MAIL_QUEUE } from './modules/mail/mailer.service';
import { OutboxWorker } from './modules/outbox/outbox-worker.service';
import { DemoSeedService } from './modules/seed/demo-seed.service';
import { IMPORT_USAGE, importCommand } from './modules/imports/import-command';
import { loadDemoLibrary } from './modules/seed/demo-library';
import { insertSyntheticResources } from './modules/seed/synthetic-library';
import { insertDemoFieldWork } from './modules/seed/demo-field-work-rows';
import { DataSource } from 'typeorm';
import { BACKUP_USAGE, backupCommand, restoreCommand, RESTORE_USAGE } from './modules/backup/backup-commands';
import { checkAllIndexes, reindexAll } from './modules/search/reindex-all';
import { loadObservabilityConfig } from './config/observability.config';
import { createAppLogger } from './observability/app-logger';

const USAGE = `Usage : cli <commande>
  migrate               applique les migrations en attente
  seed [--if-empty] [--with-field-work]
                        charge la bibliothèque de démonstration (--if-empty : seulement si la base est vide ;
                        --with-field-work : avec deux ans de débriefs pour le rapport d'activité)
  reindex               reconstruit chaque index depuis PostgreSQL dans un index neuf, puis le bascule
  check-index           compare l'index et PostgreSQL ; code de sortie 1 s'il y a un écart
  indexer               indexe en continu (processus dédié ; les API le font aussi sauf INDEXER_ENABLED=false)
  load-synthetic <n>    ajoute n ressources synthétiques (bancs d'essai ; la démonstration doit être chargée)
  seed-field-work       ajoute deux ans de débriefs d'ateliers et de consultations à la démonstration (rapport d'activité)
  send-digest           envoie la lettre hebdomadaire de la semaine en cours à qui ne l'a pas encore reçue
  worker                exécute les tâches (courriels, lettres…) en continu (les API le font aussi sauf JOBS_WORKER=false)
  ${IMPORT_USAGE}
  ${BACKUP_USAGE}
  ${RESTORE_USAGE}`;

type Command = (app: INestApplicationContext, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  migrate: async () => 0,
  import: importCommand,
  seed: async (app, args) => {
    await app
      .get(DemoSeedService)
      .seed({ ifEmpty: args.includes('--if-empty'), withFieldWork: args.includes('--with-field-work') });
    // Index what was just written before returning, so that the library is searchable when the server starts.
    await app.get(OutboxWorker).drainUntilIdle();
    return 0;
  },
  reindex: async (app) => {
    await reindexAll(app);
    return 0;
  },
  backup: backupCommand,
  restore: restoreCommand,
  indexer: async (app) => {
    const worker = app.get(OutboxWorker);
    await worker.start();
    console.log(`Indexeur démarré (pid ${process.pid}) ; Ctrl-C pour l'arrêter.`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await worker.stop();
    return 0;
  },
  worker: async (app) => {
    const worker = app.get(JobWorker);
    // Signals first: a SIGTERM that comes while the first job runs must still stop the worker gracefully.
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await worker.start();
    console.log(`Exécuteur de tâches démarré (pid ${process.pid}) ; Ctrl-C pour l'arrêter.`);
    await stopped;
    await worker.stop();
    return 0;
  },
  'send-digest': async (app) => {
    const bar = new SingleBar({
      format: 'Lettre hebdomadaire [{bar}] {percentage} % | {value}/{total} membres | {duration_formatted}',
      noTTYOutput: true,
      notTTYSchedule: 1000,
    });
    let started = false;
    const { sent, empty } = await app.get(DigestService).sendWeekly(new Date(), (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    });
    if (started) bar.stop();
    // Deliver them now rather than leave them to the API processes' workers.
    await app.get(JobWorker).runUntilIdle([MAIL_QUEUE]);
    console.log(`${sent} lettre(s) envoyée(s), ${empty} membre(s) sans nouveauté cette semaine.`);
    return 0;
  },
  'seed-field-work': async (app) => {
    const added = await app.get(DataSource).transaction((manager) => insertDemoFieldWork(manager, new Date()));
    await app.get(OutboxWorker).drainUntilIdle();
    console.log(added ? `${added} débriefs ajoutés.` : 'Déjà ajoutés : rien à faire.');
    return 0;
  },
  'load-synthetic': async (app, args) => {
    const count = Number(args[0]);
    if (!Number.isInteger(count) || count < 1) {
      console.error('Indiquez un nombre entier de ressources, par exemple : load-synthetic 100000');
      return 2;
    }
    const bar = new SingleBar({
      format: 'Ressources synthétiques [{bar}] {percentage} % | {value}/{total} | {duration_formatted}',
      noTTYOutput: true,
      notTTYSchedule: 2000,
    });
    bar.start(count, 0);
    await app
      .get(DataSource)
      .transaction((manager) =>
        insertSyntheticResources(manager, loadDemoLibrary(), count, (done) => bar.update(done)),
      );
    bar.stop();
    return 0;
  },
  'check-index': async (app) => ((await checkAllIndexes(app)) ? 1 : 0),
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = commands[name];
  if (!command) {
    console.error(name ? `Commande inconnue : ${name}\n${USAGE}` : USAGE);
    return 2;
  }
  applyCliDefaults();
  const logger = createAppLogger(loadObservabilityConfig());
  Logger.overrideLogger(logger);
  const app = await NestFactory.createApplicationContext(CoreModule, { logger });
  try {
    // A restore brings an empty database to the archive's migration itself, then applies the newer ones.
    if (name !== 'restore') await prepareStores(app);
    return await command(app, args);
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    Logger.error(error.message, 'CLI');
    process.exit(1);
  },
);
