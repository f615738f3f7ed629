// Entry point of the extraction child process (forked by extract-file.ts): receives one job over IPC, answers one
// result, exits. It holds nothing of the API: no database, no secrets (its environment is empty).
import { ExtractionLimits, ExtractionResult } from './extraction-result';
import { extractByFormat } from './extract-by-format';

export interface ExtractionJob {
  path: string;
  mediaType: string;
  limits: ExtractionLimits;
}

export type ExtractionReply = { result: ExtractionResult };

// The API went away: nobody waits for this result.
process.on('disconnect', () => process.exit(0));

process.once('message', (job: ExtractionJob) => {
  void extractByFormat(job.path, job.mediaType, job.limits).then((result) => {
    process.send?.({ result } satisfies ExtractionReply, () => process.disconnect());
  });
});
