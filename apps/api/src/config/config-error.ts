/** Thrown at boot when an environment variable is missing or malformed; the message names the variable and the rule. */
export class ConfigError extends Error {
  constructor(variable: string, rule: string) {
    super(`Configuration invalide : ${variable} ${rule}.`);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

/** An integer setting between `min` and `max`, or `fallback` when unset; anything else stops the boot, naming the rule. */
export function readInt(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(variable, `doit être un nombre entier entre ${min} et ${max} (reçu « ${raw} »)`);
  }
  return value;
}

export function readPort(env: Env, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(variable, `doit être un numéro de port entre 1 et 65535 (reçu « ${raw} »)`);
  }
  return port;
}

export function readUrl(env: Env, variable: string, protocols: string[]): string | undefined {
  const raw = env[variable];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(variable, `doit être une URL complète (reçu « ${raw.replace(/\/\/.*@/, '//***@')} »)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(variable, `doit commencer par ${protocols.join(' ou ')}`);
  }
  return raw;
}

export function readBoolean(env: Env, variable: string, fallback: boolean): boolean {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(variable, `doit valoir true ou false (reçu « ${raw} »)`);
}
