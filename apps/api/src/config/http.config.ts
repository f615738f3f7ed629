import { Env, readPort } from './config-error';

export interface HttpConfig {
  port: number;
  host: string;
  production: boolean;
  /** Folder of the built web app, served by the API with a fallback to index.html; none in API-only deployments. */
  webDist?: string;
  publicUrl: string;
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
  };
}
