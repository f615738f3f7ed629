import type { EnqueuedTaskPromise, Task } from 'meilisearch';

/** Waits for a Meilisearch task and fails unless it succeeded: nothing is marked done on an enqueued-only task. */
export async function settle(task: EnqueuedTaskPromise, timeoutMs = 30_000): Promise<Task> {
  const finished = await task.waitTask({ timeout: timeoutMs, interval: 10 });
  if (finished.status !== 'succeeded') {
    throw new Error(
      `Tâche Meilisearch ${finished.uid} (${finished.type}) : ${finished.status} — ${finished.error?.message ?? ''}`,
    );
  }
  return finished;
}
