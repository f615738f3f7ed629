import { ConfigError, Env } from './config-error';

export interface ImportsConfig {
  /** The largest file accepted for an import (bytes); IMPORT_MAX_MB, 10 by default. */
  maxBytes: number;
  /** The most records one file may hold; IMPORT_MAX_RECORDS, 5,000 by default. */
  maxRecords: number;
}

export const IMPORTS_CONFIG = Symbol('IMPORTS_CONFIG');

function readInt(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(variable, `doit être un nombre entier entre ${min} et ${max} (reçu « ${raw} »)`);
  }
  return value;
}

export function loadImportsConfig(env: Env = process.env): ImportsConfig {
  return {
    maxBytes: readInt(env, 'IMPORT_MAX_MB', 10, 1, 200) * 1024 * 1024,
    maxRecords: readInt(env, 'IMPORT_MAX_RECORDS', 5000, 1, 100_000),
  };
}
