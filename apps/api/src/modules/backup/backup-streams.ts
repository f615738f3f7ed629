import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';

/** A pass-through that hashes (SHA-256), counts bytes and lines (rows of a COPY text stream) as they go by. */
export class Tally extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  lines = 0;

  constructor(private readonly onLines: (lines: number) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    let lines = 0;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    try {
      if (lines) {
        this.lines += lines;
        this.onLines(lines);
      }
    } catch (error) {
      // A failing progress report (or a full disk behind it) fails the copy, not the process.
      done(error as Error);
      return;
    }
    this.push(chunk);
    done();
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The pg connection under a TypeORM query runner: COPY streams need it (pg-copy-streams). */
export function pgClientOf(runner: QueryRunner): PoolClient {
  return (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
}
