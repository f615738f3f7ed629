import { INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

let draining = false;
let inFlight = 0;
let onIdle: (() => void) | undefined;

/** True from SIGTERM on: /health/ready answers 503 so that a load balancer stops sending requests. */
export function isDraining(): boolean {
  return draining;
}

/**
 * Counts requests in flight for the drain; once draining, answers close their connection (Connection: close) so that
 * no client sends another request on a socket about to close.
 */
export function inFlightMiddleware(_req: Request, res: Response, next: NextFunction): void {
  inFlight += 1;
  if (draining) res.setHeader('Connection', 'close');
  let counted = true;
  const done = () => {
    if (!counted) return;
    counted = false;
    inFlight -= 1;
    if (inFlight === 0) onIdle?.();
  };
  res.once('finish', done);
  res.once('close', done);
  next();
}

/**
 * On SIGTERM (decision 0035): stop accepting connections, let requests in flight finish within `timeoutMs` (then cut
 * the connections left), then close the application: the job worker lets running jobs end within its grace period and
 * releases the others, the indexer ends its batch (its claims are row locks of that transaction), pools close. Exit 0.
 */
export function exitGracefullyOn(app: INestApplication, timeoutMs: number, signals = ['SIGTERM', 'SIGINT']): void {
  const logger = new Logger('Shutdown');
  let started = false;
  const shutdown = async (signal: string) => {
    if (started) return;
    started = true;
    draining = true;
    const server = app.getHttpServer() as Server;
    logger.log(`${signal} reçu : plus de nouvelle connexion, ${inFlight} requête(s) en cours à terminer.`);
    server.close();
    server.closeIdleConnections();
    const finished = await drained(timeoutMs);
    if (!finished) {
      logger.warn(`Délai SHUTDOWN_TIMEOUT_MS (${timeoutMs} ms) dépassé : ${inFlight} requête(s) interrompue(s).`);
      server.closeAllConnections();
    }
    try {
      await app.close();
      logger.log('Arrêt propre terminé.');
      process.exit(0);
    } catch (error) {
      logger.error(`Arrêt incomplet : ${(error as Error).message}`);
      process.exit(1);
    }
  };
  for (const signal of signals) process.once(signal, (name: string) => void shutdown(name));
}

function drained(timeoutMs: number): Promise<boolean> {
  if (inFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    onIdle = () => {
      clearTimeout(timer);
      resolve(true);
    };
  });
}
