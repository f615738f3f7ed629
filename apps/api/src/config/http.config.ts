import { ConfigError, Env, readBoolean, readPort } from './config-error';

export interface HttpConfig {
  port: number;
  host: string;
  production: boolean;
  /** Folder of the built web app, served by the API with a fallback to index.html; none in API-only deployments. */
  webDist?: string;
  publicUrl: string;
  /** Behind a load balancer: take the client address from X-Forwarded-For (one hop). */
  trustProxy: boolean;
  /** Development mode listening beyond this machine, allowed explicitly by ALLOW_DEV_ON_NETWORK=true (warned at start). */
  devOnNetwork: boolean;
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i;

export const HTTP_CONFIG = Symbol('HTTP_CONFIG');

export function loadHttpConfig(env: Env = process.env): HttpConfig {
  const port = readPort(env, 'PORT', 3000);
  const host = env.HOST || '127.0.0.1';
  const production = env.NODE_ENV === 'production';
  const devOnNetwork = !production && !LOOPBACK.test(host);
  // Development mode shows every invitation and reset link at /dev/courriels and accepts the demo password.
  if (devOnNetwork && !readBoolean(env, 'ALLOW_DEV_ON_NETWORK', false)) {
    throw new ConfigError(
      'HOST',
      `vaut « ${host} » en mode développement, où /dev/courriels montre à tous les liens d’invitation et de réinitialisation et où le mot de passe de démonstration est accepté : écoutez sur 127.0.0.1, lancez avec NODE_ENV=production, ou posez ALLOW_DEV_ON_NETWORK=true en connaissance de cause`,
    );
  }
  return {
    port,
    host,
    production,
    devOnNetwork,
    webDist: env.WEB_DIST || undefined,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    trustProxy: readBoolean(env, 'TRUST_PROXY', false),
  };
}
