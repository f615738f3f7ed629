import { Env, readBoolean, readPort } from './config-error';

export interface HttpConfig {
  port: number;
  host: string;
  production: boolean;
  /** Folder of the built web app, served by the API with a fallback to index.html; none in API-only deployments. */
  webDist?: string;
  publicUrl: string;
  /** Behind a load balancer: take the client address from X-Forwarded-For (one hop). */
  trustProxy: boolean;
}

export const HTTP_CONFIG = Symbol('HTTP_CONFIG');

export function loadHttpConfig(env: Env = process.env): HttpConfig {
  const port = readPort(env, 'PORT', 3000);
  const host = env.HOST || '127.0.0.1';
  return {
    port,
    host,
    production: env.NODE_ENV === 'production',
    webDist: env.WEB_DIST || undefined,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    trustProxy: readBoolean(env, 'TRUST_PROXY', false),
  };
}
