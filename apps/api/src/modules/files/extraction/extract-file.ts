// Text extraction, the entry point. Each file is read in a child Node process of its own, started here and killed
// past the time or memory limit: PDF.js, mammoth, sharp and the ZIP reader meet hostile files there, not in the API
// (decision 0023). No database, no storage: the caller (a job) gives a local path and stores what comes back.
//
//   constructor(@Inject(EXTRACTION_CONFIG) private readonly limits: ExtractionConfig) {}
//   const result = await extractFile(localPath, file.mediaType, this.limits);
//   // { status: 'done' | 'image_only' | 'none' | 'failed', pages: string[], unit, error, thumbnail }
//
// extractFile never throws for a bad file: it answers status 'failed' with a French message in `error`.
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { EXTRACTION_MESSAGES, ExtractionLimits, ExtractionResult, failed, textUnitOf } from './extraction-result';
import type { ExtractionJob, ExtractionReply } from './extraction-worker';

export type { ExtractionLimits, ExtractionResult, TextUnit } from './extraction-result';
export { textUnitOf } from './extraction-result';

const MEMORY_SAMPLE_MS = 50;
const STDERR_KEPT = 4096;

/** The child's entry: compiled JavaScript in a build; the TypeScript source (through the repository's hook) under Jest. */
function workerCommand(): { entry: string; hook: string[] } {
  const extension = extname(__filename);
  const entry = join(__dirname, `extraction-worker${extension}`);
  if (extension !== '.ts') return { entry, hook: [] };
  return { entry, hook: ['-r', resolve(__dirname, '../../../../../../tools/ts-require-hook.cjs')] };
}

/** Resident memory of a process and its peak so far, in MB (Linux /proc); null where it cannot be read (then only the heap cap applies). */
async function memoryOf(pid: number): Promise<{ residentMb: number; peakMb: number } | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const resident = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    const peak = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return resident ? { residentMb: Number(resident) / 1024, peakMb: Number(peak ?? resident) / 1024 } : null;
  } catch {
    return null;
  }
}

export interface ExtractionObserver {
  /** Called with the child's pid once started (tests check that it is gone afterwards). */
  onStart?(pid: number): void;
  /** Called once the child is gone, with the peak resident memory seen (MB, sampled; 0 where unknown). */
  onEnd?(stats: { peakMb: number }): void;
}

/** extractFile, with a hook for tests to watch the child process. */
export function runExtraction(
  path: string,
  mediaType: string,
  limits: ExtractionLimits,
  observer: ExtractionObserver = {},
): Promise<ExtractionResult> {
  const { entry, hook } = workerCommand();
  return new Promise((done) => {
    let result: ExtractionResult | null = null;
    let stopReason: string | null = null;
    let stderr = '';
    let peakMb = 0;
    const child = fork(entry, [], {
      execArgv: [...hook, `--max-old-space-size=${limits.maxMemoryMb}`, '--disallow-code-generation-from-strings'],
      env: {},
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // Past a limit the child is killed, even after it answered (it should be exiting by then anyway).
    const stop = (reason: string): void => {
      if (!stopReason && !result) stopReason = reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(EXTRACTION_MESSAGES.tooLong(limits.timeoutMs)), limits.timeoutMs);
    const memoryWatch = setInterval(() => {
      if (!child.pid) return;
      void memoryOf(child.pid).then((memory) => {
        if (!memory) return;
        peakMb = Math.max(peakMb, memory.peakMb);
        if (memory.residentMb > limits.maxMemoryMb) stop(EXTRACTION_MESSAGES.tooMuchMemory(limits.maxMemoryMb));
      });
    }, MEMORY_SAMPLE_MS);

    if (child.pid) observer.onStart?.(child.pid);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
    });
    child.on('message', (reply: ExtractionReply) => {
      const thumbnail = reply.result.thumbnail;
      result = {
        ...reply.result,
        thumbnail: thumbnail ? Buffer.from(thumbnail.buffer, thumbnail.byteOffset, thumbnail.byteLength) : null,
      };
    });
    child.on('error', (error) => stop(EXTRACTION_MESSAGES.unreadable(`extraction impossible (${error.message})`)));
    // Answer only once the child is gone, so that a killed extraction never outlives its job.
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(memoryWatch);
      observer.onEnd?.({ peakMb });
      const unit = textUnitOf(mediaType);
      if (result) return done(result);
      if (stopReason) return done(failed(stopReason, unit));
      if (
        /heap out of memory|Reached heap limit|allocation failed/i.test(stderr) ||
        signal === 'SIGABRT' ||
        code === 134
      ) {
        return done(failed(EXTRACTION_MESSAGES.tooMuchMemory(limits.maxMemoryMb), unit));
      }
      done(failed(EXTRACTION_MESSAGES.unreadable(`l’extraction s’est arrêtée (${signal ?? `code ${code}`})`), unit));
    });
    child.send({ path, mediaType, limits } satisfies ExtractionJob);
  });
}

/**
 * Extracts the text (per page, slide, sheet or chapter) and a WebP thumbnail of the file at `path`, whose type was
 * decided from its bytes. Bounded by `limits` (time, memory, text kept, ZIP inflation); never throws for a bad file.
 */
export function extractFile(path: string, mediaType: string, limits: ExtractionLimits): Promise<ExtractionResult> {
  return runExtraction(path, mediaType, limits);
}
