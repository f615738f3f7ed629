import sharp from 'sharp';
import type { TestApi } from './api-harness';
import { JobWorker } from '../src/modules/jobs/job-worker.service';

/** An HTTP answer read whole: status, headers, body bytes, and the body as text. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  body: Buffer;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

/** A request to the API's REST routes with the signed-in person's cookie. */
export async function rest(
  api: TestApi,
  method: string,
  path: string,
  options: { body?: Buffer | string; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const response = await fetch(api.url.replace(/\/graphql$/, '') + path, {
    method,
    headers: { ...(api.cookie ? { cookie: api.cookie } : {}), ...options.headers },
    body: options.body as BodyInit | undefined,
  });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    body,
    text: body.toString('utf8'),
    json: <T>() => JSON.parse(body.toString('utf8')) as T,
  };
}

export interface UploadStateAnswer {
  id: string;
  nom: string;
  taille: number;
  tailleParties: number;
  nombreParties: number;
  partiesRecues: number[];
}

export const startUpload = (api: TestApi, nom: string, taille: number) =>
  rest(api, 'POST', '/fichiers/televersements', {
    body: JSON.stringify({ nom, taille }),
    headers: { 'content-type': 'application/json' },
  });

export const sendPart = (api: TestApi, id: string, part: number, bytes: Buffer) =>
  rest(api, 'PUT', `/fichiers/televersements/${id}/parties/${part}`, {
    body: bytes,
    headers: { 'content-type': 'application/octet-stream' },
  });

export const finishUpload = (api: TestApi, id: string) => rest(api, 'POST', `/fichiers/televersements/${id}/fin`);

/** Uploads `bytes` as the signed-in person, part by part; answers the « fin » answer (a file, or the refusal). */
export async function uploadFile(api: TestApi, name: string, bytes: Buffer): Promise<RawAnswer> {
  const started = await startUpload(api, name, bytes.length);
  if (started.status !== 201) return started;
  const state = started.json<UploadStateAnswer>();
  for (let part = 1; part <= state.nombreParties; part += 1) {
    const chunk = bytes.subarray((part - 1) * state.tailleParties, part * state.tailleParties);
    const sent = await sendPart(api, state.id, part, chunk);
    if (sent.status !== 200) return sent;
  }
  return finishUpload(api, state.id);
}

/** The id of an uploaded file, failing the test with the API's message otherwise. */
export async function uploadedFileId(api: TestApi, name: string, bytes: Buffer): Promise<string> {
  const answer = await uploadFile(api, name, bytes);
  if (answer.status !== 200) throw new Error(`upload ${name}: ${answer.status} ${answer.text}`);
  return answer.json<{ id: string }>().id;
}

/** Bytes of each kind a test needs: real formats, and hostile ones. */
export const sampleFiles = {
  /** A tiny but well-formed one-page PDF. */
  pdf: (text = 'Guide') =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
        `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n` +
        `4 0 obj<</Length 30>>stream\nBT /F1 12 Tf (${text}) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    ),
  png: () =>
    sharp({ create: { width: 4, height: 4, channels: 3, background: '#3366cc' } })
      .png()
      .toBuffer(),
  svg: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  html: () => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
  /** A Windows executable's header. */
  exe: () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]),
  /** A PDF header on an HTML body: judged a PDF by its bytes, and served as one (never as HTML). */
  polyglot: () => Buffer.from('%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n'),
};

/**
 * Waits until no job of `queue` is due or running, whichever worker took it (`api.settleJobs` would also wait for
 * queues this API has no handler for, such as text extraction when it is not part of the build under test).
 */
export async function settleQueue(api: TestApi, queue: string): Promise<void> {
  const worker = api.app.get(JobWorker);
  for (;;) {
    await worker.runUntilIdle([queue]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM jobs
        WHERE queue = $1 AND (state = 'running' OR (state = 'pending' AND run_after <= now()))`,
      [queue],
    );
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
