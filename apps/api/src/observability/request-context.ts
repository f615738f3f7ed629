import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line of one request (or of the job it caused) carries. */
export interface RequestContext {
  requestId: string;
  /** The GraphQL operation name, once Apollo has parsed the request. */
  operation?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** An incoming X-Request-Id is kept only when it is short and plain (no log injection, no unbounded label). */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function acceptRequestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && WELL_FORMED_ID.test(value) ? value : randomUUID();
}

export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
