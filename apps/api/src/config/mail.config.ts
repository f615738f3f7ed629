import { ConfigError, Env, readUrl } from './config-error';

export interface MailConfig {
  /** smtp(s)://user:password@host:port; without it, mail goes to the development mailbox. */
  smtpUrl?: string;
  from: string;
}

export const MAIL_CONFIG = Symbol('MAIL_CONFIG');

export function loadMailConfig(env: Env = process.env): MailConfig {
  const smtpUrl = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const from = env.MAIL_FROM || 'Culture commune <no-reply@culture-commune.local>';
  if (!/@/.test(from)) throw new ConfigError('MAIL_FROM', 'doit contenir une adresse électronique');
  return { smtpUrl, from };
}
