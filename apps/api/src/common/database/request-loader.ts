import type { RequestWithActor } from '../auth/actor';

/**
 * A tiny per-request batching loader (no DataLoader dependency): the keys asked for while GraphQL resolves a list
 * (every hit's `reactions`, say) are collected until the current turn of the event loop is over, then loaded with one
 * call of `batch`, so that a page costs the same statements for 10 or 100 items. Results are cached for the request.
 */
export class BatchLoader<V> {
  private readonly cache = new Map<string, Promise<V>>();
  private queue: { key: string; resolve: (value: V) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly batch: (keys: string[]) => Promise<Map<string, V>>,
    private readonly missing: () => V,
  ) {}

  load(key: string): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => void this.flush());
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async flush(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    try {
      const values = await this.batch([...new Set(queue.map((item) => item.key))]);
      for (const item of queue) item.resolve(values.get(item.key) ?? this.missing());
    } catch (error) {
      for (const item of queue) {
        this.cache.delete(item.key);
        item.reject(error);
      }
    }
  }
}

const LOADERS = Symbol('loaders');
type RequestWithLoaders = RequestWithActor & { [LOADERS]?: Map<string, BatchLoader<unknown>> };

/** The request's loader named `name`, created on first use (a request is one GraphQL operation: no batching). */
export function requestLoader<V>(req: RequestWithActor, name: string, create: () => BatchLoader<V>): BatchLoader<V> {
  const holder = req as RequestWithLoaders;
  const loaders = (holder[LOADERS] ??= new Map());
  let loader = loaders.get(name) as BatchLoader<V> | undefined;
  if (!loader) {
    loader = create();
    loaders.set(name, loader as BatchLoader<unknown>);
  }
  return loader;
}

/** Groups rows by a key, in their order, for a batch function's answer. */
export function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const value = key(row);
    if (value === null) continue;
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}
