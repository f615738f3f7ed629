import type { UploadState } from './upload-client';

/**
 * A stand-in for the API's upload routes, for unit tests: keeps the parts it receives, and can break the connection
 * on given PUTs or refuse a file at « fin » like the API does.
 */
export function fakeUploadServer(options: { partSize?: number; failPuts?: number[]; refuseAtFinish?: string } = {}) {
  const partSize = options.partSize ?? 4;
  const uploads = new Map<string, UploadState>();
  const calls: string[] = [];
  let puts = 0;
  const json = (body: unknown) => answer(200, JSON.stringify(body));

  const fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    calls.push(`${method} ${url}`);
    if (method === 'POST' && url === '/fichiers/televersements') {
      const { nom, taille } = JSON.parse(String(init?.body)) as { nom: string; taille: number };
      if (taille > 100) return answer(413, 'Fichier trop volumineux : 50 Mo au plus par fichier.\n');
      const state: UploadState = {
        id: `u${uploads.size + 1}`,
        nom,
        taille,
        tailleParties: partSize,
        nombreParties: Math.ceil(taille / partSize),
        partiesRecues: [],
      };
      uploads.set(state.id, state);
      return json(state);
    }
    const [, id, rest] = /^\/fichiers\/televersements\/([^/]+)(.*)$/.exec(url) ?? [];
    const state = uploads.get(id ?? '');
    if (!state) return answer(404, 'Introuvable');
    if (method === 'GET') return json(state);
    const part = /^\/parties\/(\d+)$/.exec(rest ?? '');
    if (method === 'PUT' && part) {
      puts += 1;
      if (options.failPuts?.includes(puts)) throw new TypeError('Failed to fetch');
      const body = init?.body as Blob;
      const n = Number(part[1]);
      const expected = Math.min(partSize, state.taille - (n - 1) * partSize);
      if (body.size !== expected) return answer(400, 'Partie de mauvaise taille');
      state.partiesRecues = [...new Set([...state.partiesRecues, n])].sort((a, b) => a - b);
      return json(state);
    }
    if (method === 'POST' && rest === '/fin') {
      if (options.refuseAtFinish) return answer(415, `${options.refuseAtFinish}\n`);
      if (state.partiesRecues.length < state.nombreParties) return answer(400, 'Parties manquantes');
      return json({ id: `file-${id}`, fileName: state.nom, mediaType: 'application/pdf', size: state.taille });
    }
    return answer(405, '?');
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch & jest.Mock, calls, uploads };
}

/** A File of `size` bytes in jsdom. */
export function sampleFile(name: string, size: number, type = 'application/pdf'): File {
  return new File([new Uint8Array(size).fill(65)], name, { type });
}

/** The little of a fetch Response the upload client reads (jsdom has no Response). */
export function answer(status: number, body: string): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    text: async () => body,
    json: async () => JSON.parse(body) as unknown,
  } as Response;
}
