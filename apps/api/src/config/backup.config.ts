import { join, resolve } from 'node:path';
import type { Env } from './config-error';

export interface BackupConfig {
  /** Where `cli backup` writes its archives unless told `--dossier` (BACKUP_DIR, else `<DATA_DIR or .data>/sauvegardes`). */
  folder: string;
}

export const BACKUP_CONFIG = Symbol('BACKUP_CONFIG');

export function loadBackupConfig(env: Env = process.env): BackupConfig {
  return { folder: resolve(env.BACKUP_DIR || join(env.DATA_DIR || '.data', 'sauvegardes')) };
}
