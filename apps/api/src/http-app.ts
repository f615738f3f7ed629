import type { NestExpressApplication } from '@nestjs/platform-express';
import { HTTP_CONFIG, type HttpConfig } from './config/http.config';
import { compressResponses } from './http-compression';
import { securityHeaders } from './security/http-headers';
import { serveWebApp } from './web-app';
import { requestLogMiddleware } from './observability/request-log.middleware';
import { inFlightMiddleware } from './shutdown';

/** What every HTTP server of the API sets up, in production and in the test harness alike. */
export function configureHttpApp(app: NestExpressApplication): HttpConfig {
  const http = app.get<HttpConfig>(HTTP_CONFIG);
  app.disable('x-powered-by');
  // First: every later middleware, resolver and enqueued job runs in the request's context (its request id).
  app.use(requestLogMiddleware);
  app.use(inFlightMiddleware);
  if (http.trustProxy) app.set('trust proxy', 1);
  app.use(securityHeaders(http.production));
  app.use(compressResponses());
  if (http.webDist) serveWebApp(app, http.webDist);
  return http;
}
