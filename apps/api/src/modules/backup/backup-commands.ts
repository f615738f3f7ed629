import type { INestApplicationContext } from '@nestjs/common';
import { SingleBar } from 'cli-progress';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { archivesToPrune, type Retention } from './backup-retention';
import { checkAllIndexes, reindexAll } from '../search/reindex-all';
import type { BackupProgress } from './backup.service';
import { BackupService } from './backup.service';
import { RestoreService } from './restore.service';

export const BACKUP_USAGE = `backup [--dossier <d>] [--garder-quotidiennes 7 --garder-hebdomadaires 4]
                        écrit une archive datée (base, fichiers, manifeste) dans <d> (défaut : BACKUP_DIR ou
                        .data/sauvegardes) ; avec --garder-…, supprime ensuite les archives plus anciennes`;
export const RESTORE_USAGE = `restore <archive>     restaure une archive dans une installation vide, puis reconstruit l'index et le vérifie`;

/** One progress bar per step (tables, then files…), started on the step's first report. */
function progressBars(): { report: BackupProgress; stop: () => void } {
  let bar: SingleBar | null = null;
  let step = '';
  const stop = () => bar?.stop();
  const report: BackupProgress = (done, total, name) => {
    const kind = name === 'fichiers' ? 'fichiers' : name.startsWith('vérification') ? name : 'base';
    if (kind !== step) {
      stop();
      step = kind;
      const unit = kind === 'fichiers' ? 'octets' : kind === 'base' ? 'lignes' : 'fichiers';
      bar = new SingleBar({
        format: `${kind === 'base' ? 'Base de données' : kind} [{bar}] {percentage} % | {value}/{total} ${unit} | {table}`,
        noTTYOutput: true,
        notTTYSchedule: 1000,
      });
      bar.start(total, 0, { table: '' });
    }
    bar?.update(done, { table: name });
  };
  return { report, stop };
}

/** Deletes the archives of `folder` the retention does not keep; answers their names. */
async function pruneArchives(folder: string, retention: Retention): Promise<string[]> {
  const pruned = archivesToPrune(await readdir(folder), retention);
  for (const name of pruned) await rm(join(folder, name), { force: true });
  return pruned;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} Mo`;

/** `--name <n>`: a whole number ≥ 1, undefined when absent, NaN when malformed. */
function count(args: string[], name: string): number | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = Number(args[i + 1]);
  return Number.isInteger(value) && value >= 1 ? value : NaN;
}

export async function backupCommand(app: INestApplicationContext, args: string[]): Promise<number> {
  const i = args.indexOf('--dossier');
  const folder = i >= 0 ? args[i + 1] : app.get(BackupService).defaultFolder();
  if (!folder || folder.startsWith('--')) {
    console.error('Indiquez le dossier après --dossier.');
    return 2;
  }
  const daily = count(args, '--garder-quotidiennes');
  const weekly = count(args, '--garder-hebdomadaires');
  if (Number.isNaN(daily) || Number.isNaN(weekly)) {
    console.error('--garder-quotidiennes et --garder-hebdomadaires attendent un nombre entier ≥ 1.');
    return 2;
  }
  const bars = progressBars();
  const started = Date.now();
  try {
    const result = await app.get(BackupService).backup(folder, bars.report);
    bars.stop();
    const rows = Object.values(result.manifest.tables).reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Sauvegarde écrite : ${result.archive} (${megabytes(result.size)}, ${rows} lignes, ${result.manifest.files.length} fichier(s), ${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
    if (result.missing.length)
      console.log(`${result.missing.length} fichier(s) manquant(s) dans le stockage (listés dans le manifeste).`);
    if (daily !== undefined || weekly !== undefined) {
      const pruned = await pruneArchives(dirname(result.archive), { daily: daily ?? 7, weekly: weekly ?? 4 });
      console.log(`${pruned.length} archive(s) plus ancienne(s) supprimée(s) (rétention).`);
    }
    return 0;
  } finally {
    bars.stop();
  }
}

export async function restoreCommand(app: INestApplicationContext, args: string[]): Promise<number> {
  const archive = args[0];
  if (!archive) {
    console.error(`Indiquez l’archive à restaurer : ${RESTORE_USAGE}`);
    return 2;
  }
  const bars = progressBars();
  const started = Date.now();
  let manifest;
  try {
    manifest = await app.get(RestoreService).restore(archive, bars.report);
  } finally {
    bars.stop();
  }
  console.log(
    `Restauration de la sauvegarde du ${manifest.createdAt} terminée (${((Date.now() - started) / 1000).toFixed(1)} s) ; reconstruction de l’index…`,
  );
  await reindexAll(app);
  return (await checkAllIndexes(app)) ? 1 : 0;
}
