import type { EnqueuedTaskPromise, Task } from 'meilisearch';

/**
 * Waits for a Meilisearch task and fails unless it succeeded: nothing is marked done on an enqueued-only task.
 * Polled every 10 ms, so waiting adds at most ~10 ms to write → searchable. Where that delay goes (issue 11, measured
 * in docs/decisions/0007-search-latency.md): NOTIFY wakes the indexer at once, settings are applied at boot
 * (`prepareStores`), and the API's own share is ~40–150 ms; the rest is the task's own `duration` in Meilisearch,
 * which for one document on the shared 2-core machine ranged 0.15–7.5 s (CPU starvation, not our settings).
 */
export async function settle(task: EnqueuedTaskPromise, timeoutMs = 30_000): Promise<Task> {
  const finished = await task.waitTask({ timeout: timeoutMs, interval: 10 });
  if (finished.status !== 'succeeded') {
    throw new Error(
      `Tâche Meilisearch ${finished.uid} (${finished.type}) : ${finished.status} — ${finished.error?.message ?? ''}`,
    );
  }
  return finished;
}
