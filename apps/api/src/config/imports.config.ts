import { Env, readInt } from './config-error';

export interface ImportsConfig {
  /** The largest file accepted for an import (bytes); IMPORT_MAX_MB, 10 by default. */
  maxBytes: number;
  /** The most records one file may hold; IMPORT_MAX_RECORDS, 5,000 by default. */
  maxRecords: number;
}

export const IMPORTS_CONFIG = Symbol('IMPORTS_CONFIG');

export function loadImportsConfig(env: Env = process.env): ImportsConfig {
  return {
    maxBytes: readInt(env, 'IMPORT_MAX_MB', 10, 1, 200) * 1024 * 1024,
    maxRecords: readInt(env, 'IMPORT_MAX_RECORDS', 5000, 1, 100_000),
  };
}
