import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { RequestWithActor } from '../common/auth/actor';
import { httpDuration, startTimer } from './metrics';
import { acceptRequestId, runWithContext, type RequestContext } from './request-context';

const logger = new Logger('HTTP');

/** Probes and scrapes would drown the requests of people: logged at debug level only. */
const QUIET = /^\/(health|metrics)(\/|$)/;

/**
 * First on every request: gives it a request id (a well-formed X-Request-Id is kept, echoed in the response), runs the
 * rest of the request inside that context (AsyncLocalStorage: logs and enqueued jobs read it), and when the response
 * is sent writes one log line and the HTTP duration. The line holds ids, never the body, cookies or headers.
 */
export function requestLogMiddleware(req: Request, res: Response, next: NextFunction): void {
  const context: RequestContext = { requestId: acceptRequestId(req.headers['x-request-id']) };
  res.setHeader('X-Request-Id', context.requestId);
  const elapsed = startTimer();
  // At debug level, the start too: a request cut before its end (shutdown timeout, crash) is then still on record.
  logger.debug({ msg: 'request received', requestId: context.requestId, method: req.method });
  res.once('finish', () => {
    const seconds = elapsed();
    const route = routeOf(req);
    httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
    const line = {
      msg: 'request',
      requestId: context.requestId,
      method: req.method,
      route,
      operation: context.operation,
      status: res.statusCode,
      durationMs: Math.round(seconds * 10_000) / 10,
      actorId: (req as RequestWithActor).actor?.id ?? null,
    };
    if (QUIET.test(req.originalUrl)) logger.debug(line);
    else logger.log(line);
  });
  runWithContext(context, next);
}

/** The matched route pattern (`/flux/:slug.xml`), never the raw path: paths carry ids and would explode the series. */
function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return `${req.baseUrl}${pattern}`;
  if (req.originalUrl.split('?')[0] === '/graphql') return '/graphql';
  return 'other';
}
