import { ConfigError, Env } from './config-error';

export interface ResourceBinConfig {
  /** How long a deleted resource stays in the bin, restorable by curators, before the purge job deletes it (days). */
  retentionDays: number;
}

export const RESOURCE_BIN_CONFIG = Symbol('RESOURCE_BIN_CONFIG');

export function loadResourceBinConfig(env: Env = process.env): ResourceBinConfig {
  const raw = env.RESOURCE_BIN_RETENTION_DAYS;
  if (raw === undefined || raw === '') return { retentionDays: 30 };
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new ConfigError(
      'RESOURCE_BIN_RETENTION_DAYS',
      `doit être un nombre entier de jours entre 1 et 3650 (reçu « ${raw} »)`,
    );
  }
  return { retentionDays: days };
}
