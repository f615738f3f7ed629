import { ConfigError, Env } from './config-error';

export interface ReportConfig {
  /** The network's name at the top of the activity report's PDF (NETWORK_NAME), « Culture commune » by default. */
  networkName: string;
}

export const REPORT_CONFIG = Symbol('REPORT_CONFIG');

const NAME_MAX = 120;

export function loadReportConfig(env: Env = process.env): ReportConfig {
  const name = (env.NETWORK_NAME ?? '').trim() || 'Culture commune';
  if (name.length > NAME_MAX || /[\r\n\t]/.test(name)) {
    throw new ConfigError('NETWORK_NAME', `doit tenir sur une ligne de ${NAME_MAX} caractères au plus`);
  }
  return { networkName: name };
}
