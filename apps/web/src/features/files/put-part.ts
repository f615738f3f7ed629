/** Sends one part's bytes; `onBytes` hears how many have gone so far, for the progress bar within a part. */
export type PartSender = (
  url: string,
  bytes: Blob,
  signal: AbortSignal | undefined,
  onBytes: (loaded: number) => void,
) => Promise<Response>;

/**
 * PUT through XMLHttpRequest, the one browser API that reports an upload's progress (fetch does not): an 8 MB part on a
 * slow connection would otherwise leave the bar still for a minute. Answers like fetch (ok, status, text, json).
 */
export const xhrPut: PartSender = (url, bytes, signal, onBytes) =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => onBytes(event.loaded);
    request.onload = () =>
      resolve({
        ok: request.status >= 200 && request.status < 300,
        status: request.status,
        text: async () => request.responseText,
        json: async () => JSON.parse(request.responseText) as unknown,
      } as Response);
    request.onerror = () => reject(new TypeError('network'));
    request.ontimeout = () => reject(new TypeError('timeout'));
    request.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(bytes);
  });
