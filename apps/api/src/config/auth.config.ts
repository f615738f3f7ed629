import { ConfigError, Env, readBoolean } from './config-error';

export interface AuthConfig {
  sessionDays: number;
  /** `Secure` cookies: on in production, off for http://localhost development. */
  secureCookies: boolean;
  /** Demo members of the demo library may sign in with this password, outside production only. */
  demoPassword: string | null;
  /** Development mailbox (`devMailbox`) readable: never in production. */
  devMailbox: boolean;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export const DEMO_PASSWORD = 'culture-commune-demo';

export function loadAuthConfig(env: Env = process.env): AuthConfig {
  const production = env.NODE_ENV === 'production';
  const days = Number(env.SESSION_DAYS ?? 30);
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new ConfigError('SESSION_DAYS', 'doit être un nombre de jours entre 1 et 365');
  return {
    sessionDays: days,
    secureCookies: readBoolean(env, 'COOKIE_SECURE', production),
    demoPassword: production ? null : DEMO_PASSWORD,
    devMailbox: !production,
  };
}
