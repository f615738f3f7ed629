import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built API (npx nx run api:build), started as production starts it. */
export const MAIN = join(__dirname, '../../../dist/apps/api/apps/api/src/main.js');

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  /** Every JSON log line the process wrote so far. */
  lines: Record<string, unknown>[];
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `node main.js` with `env` (JSON logs), and resolves once /health/ready answers 200. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error(`Build the API first (npx nx run api:build): ${MAIN} is missing`);
  const port = await freePort();
  const child = spawn('node', [MAIN], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_FORMAT: 'json',
      DIGEST_SCHEDULER: 'false',
      LINK_CHECK_SCHEDULED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop()!;
    for (const line of complete) {
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line (a progress bar…)
      }
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (ended) throw new Error(`The API exited before it was ready:\n${stderr}\n${JSON.stringify(lines.slice(-5))}`);
    try {
      if ((await fetch(`${origin}/health/ready`)).ok) break;
    } catch {
      // starting
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API was not ready within ${timeoutMs} ms:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, origin, lines, exited };
}
