import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A running S3-compatible server (s3rver) for tests, in its own process, on a free port, with a temp folder. */
export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** The `S3_*` variables that point the API at it. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

// s3rver's fixed credentials: it checks request signatures against them.
const CREDENTIALS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };

const SERVER_SCRIPT = `
const S3rver = require('s3rver');
const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: process.argv[1],
  configureBuckets: [{ name: process.argv[2] }] });
server.run().then(({ port }) => console.log(JSON.stringify({ port })), (error) => { console.error(error); process.exit(1); });
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
`;

export async function startS3Server(bucket = 'culture-commune-test'): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'cc-s3rver-'));
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER_SCRIPT, directory, bucket], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(JSON.parse(line).port));
    child.once('exit', (code) => reject(new Error(`s3rver stopped (code ${code})`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_FORCE_PATH_STYLE: 'true', ...CREDENTIALS },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
