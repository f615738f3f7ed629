import { ConfigError, Env, readBoolean, readUrl } from './config-error';

export interface MailConfig {
  /** smtp(s)://user:password@host:port; without it, mail goes to the development mailbox. */
  smtpUrl?: string;
  from: string;
  /** Send the weekly digest from this process (every replica may: each member's week is claimed once in PostgreSQL). */
  digestScheduler: boolean;
}

export const MAIL_CONFIG = Symbol('MAIL_CONFIG');

export function loadMailConfig(env: Env = process.env): MailConfig {
  const smtpUrl = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const from = env.MAIL_FROM || 'Culture commune <no-reply@culture-commune.local>';
  if (!/@/.test(from)) throw new ConfigError('MAIL_FROM', 'doit contenir une adresse électronique');
  return { smtpUrl, from, digestScheduler: readBoolean(env, 'DIGEST_SCHEDULER', true) };
}
