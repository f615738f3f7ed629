/** Thrown at boot when an environment variable is missing or malformed; the message names the variable and the rule. */
export class ConfigError extends Error {
  constructor(variable: string, rule: string) {
    super(`Configuration invalide : ${variable} ${rule}.`);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

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
