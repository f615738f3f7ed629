import { xhrPut, type PartSender } from './put-part';

/** The API's answer to « start » and to each part: which parts it already has (decision 0022). */
export interface UploadState {
  id: string;
  nom: string;
  taille: number;
  tailleParties: number;
  nombreParties: number;
  partiesRecues: number[];
}

/** A finished upload: the file the resource form attaches (`files: [{ id, main }]`). */
export interface UploadedFile {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

/**
 * Why an upload stopped. `refused`: the API said no (type, size), its French message in `message`; `network`: the
 * connection broke (empty message) or the server failed, and « Reprendre » sends the missing parts of `uploadId`; `cancelled`.
 */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly kind: 'refused' | 'network' | 'cancelled',
    readonly uploadId: string | null = null,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface UploadOptions {
  /** An upload already started (resuming): only the parts the API does not have are sent. */
  uploadId?: string | null;
  /** Called once the API knows the upload, with its id (kept to resume). */
  onStarted?: (uploadId: string) => void;
  /** Bytes the API has, after each part. */
  onProgress?: (sentBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
  /** Tries more per part after a network or server error, before giving up. */
  retries?: number;
  retryDelayMs?: number;
  /** For tests: the requests go through it, and parts too unless `putPart` is given. */
  fetch?: typeof fetch;
  /** How parts are sent; by default XMLHttpRequest (progress within a part), or `fetch` when one is given. */
  putPart?: PartSender;
}

export const UPLOADS_URL = '/fichiers/televersements';

/** The API's plain-text message of a failed answer (the REST routes answer errors as text, in French). */
export async function answerText(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).trim();
  return text || `HTTP ${response.status}`;
}

/** An error from `fetch` itself: aborted, or the connection broke. */
function fetchFailure(error: unknown, uploadId: string | null): UploadError {
  if (error instanceof UploadError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new UploadError('', 'cancelled', uploadId);
  // The browser's own words (« Failed to fetch ») mean nothing to a person: the form says the connection broke.
  return new UploadError('', 'network', uploadId);
}

async function failure(response: Response, uploadId: string | null): Promise<UploadError> {
  // 4xx: the API refused (its reason is for the person); 5xx and the like: try again later.
  const kind = response.status >= 400 && response.status < 500 ? 'refused' : 'network';
  return new UploadError(await answerText(response), kind, uploadId);
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });

/**
 * Sends a file in numbered parts: start (or read the state of `uploadId`), PUT each missing part (again a few times
 * after a network or server error), then « fin », which decides the type from the bytes.
 */
export async function uploadFile(file: File, options: UploadOptions = {}): Promise<UploadedFile> {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const { signal } = options;
  let uploadId = options.uploadId ?? null;
  const call = async (url: string, init: RequestInit): Promise<Response> => {
    try {
      return await send(url, { ...init, signal, credentials: 'same-origin' });
    } catch (error) {
      throw fetchFailure(error, uploadId);
    }
  };
  const putPart: PartSender =
    options.putPart ??
    (options.fetch
      ? (url, body) => call(url, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body })
      : xhrPut);
  const json = async <T>(response: Response): Promise<T> => {
    if (!response.ok) throw await failure(response, uploadId);
    return (await response.json()) as T;
  };

  const state = uploadId
    ? await json<UploadState>(await call(`${UPLOADS_URL}/${uploadId}`, { method: 'GET' }))
    : await json<UploadState>(
        await call(UPLOADS_URL, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ nom: file.name, taille: file.size }),
        }),
      );
  uploadId = state.id;
  options.onStarted?.(state.id);

  const partSize = state.tailleParties;
  const lengthOf = (part: number) => Math.min(partSize, file.size - (part - 1) * partSize);
  const received = new Set(state.partiesRecues);
  let sent = [...received].reduce((total, part) => total + lengthOf(part), 0);
  options.onProgress?.(sent, file.size);

  for (let part = 1; part <= state.nombreParties; part += 1) {
    if (received.has(part)) continue;
    const bytes = file.slice((part - 1) * partSize, (part - 1) * partSize + lengthOf(part));
    await sendPart(part, bytes);
    sent += lengthOf(part);
    options.onProgress?.(sent, file.size);
  }

  return json<UploadedFile>(await call(`${UPLOADS_URL}/${uploadId}/fin`, { method: 'POST' }));

  async function sendPart(part: number, bytes: Blob): Promise<void> {
    const retries = options.retries ?? 2;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const url = `${UPLOADS_URL}/${uploadId}/parties/${part}`;
        const response = await putPart(url, bytes, signal, (loaded) =>
          options.onProgress?.(sent + Math.min(loaded, bytes.size), file.size),
        );
        if (response.ok) return;
        throw await failure(response, uploadId);
      } catch (error) {
        const stopped = fetchFailure(error, uploadId);
        if (stopped.kind !== 'network' || attempt >= retries) throw stopped;
        await wait((options.retryDelayMs ?? 500) * (attempt + 1), signal).catch((aborted: unknown) => {
          throw fetchFailure(aborted, uploadId);
        });
      }
    }
  }
}
