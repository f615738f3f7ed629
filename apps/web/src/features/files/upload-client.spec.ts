import { fakeUploadServer, sampleFile } from './test-upload-server';
import { uploadFile, UploadError } from './upload-client';

describe('uploadFile: a file sent in parts through the REST routes', () => {
  it('starts, sends every part with its exact bytes, reports progress, and answers the file « fin » made', async () => {
    const server = fakeUploadServer({ partSize: 4 });
    const progress: number[] = [];
    const file = await uploadFile(sampleFile('guide.pdf', 10), {
      fetch: server.fetch,
      onProgress: (sent) => progress.push(sent),
    });
    expect(file).toEqual({ id: 'file-u1', fileName: 'guide.pdf', mediaType: 'application/pdf', size: 10 });
    expect(server.calls).toEqual([
      'POST /fichiers/televersements',
      'PUT /fichiers/televersements/u1/parties/1',
      'PUT /fichiers/televersements/u1/parties/2',
      'PUT /fichiers/televersements/u1/parties/3',
      'POST /fichiers/televersements/u1/fin',
    ]);
    expect(progress).toEqual([0, 4, 8, 10]);
    const [, init] = server.fetch.mock.calls[1] as [string, RequestInit];
    expect(init.headers).toEqual({ 'Content-Type': 'application/octet-stream' });
  });

  it('reports progress within a part as its bytes go, never beyond the part', async () => {
    const server = fakeUploadServer({ partSize: 4 });
    const progress: number[] = [];
    await uploadFile(sampleFile('guide.pdf', 6), {
      fetch: server.fetch,
      putPart: async (url, bytes, signal, onBytes) => {
        onBytes(1);
        onBytes(bytes.size + 100);
        return server.fetch(url, { method: 'PUT', body: bytes, signal });
      },
      onProgress: (sent) => progress.push(sent),
    });
    expect(progress).toEqual([0, 1, 4, 4, 5, 6, 6]);
  });

  it('tries a part again after a broken connection, without the person doing anything', async () => {
    const server = fakeUploadServer({ partSize: 4, failPuts: [2] });
    await uploadFile(sampleFile('guide.pdf', 10), { fetch: server.fetch, retryDelayMs: 1 });
    expect(server.calls.filter((call) => call.endsWith('/parties/2'))).toHaveLength(2);
    expect(server.uploads.get('u1')?.partiesRecues).toEqual([1, 2, 3]);
  });

  it('gives up after its retries with a network error that keeps the upload id, and resumes sending only the missing parts', async () => {
    const server = fakeUploadServer({ partSize: 4, failPuts: [2, 3, 4] });
    const failure = await uploadFile(sampleFile('guide.pdf', 10), { fetch: server.fetch, retryDelayMs: 1 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(UploadError);
    expect(failure).toMatchObject({ kind: 'network', uploadId: 'u1' });

    server.calls.length = 0;
    const progress: number[] = [];
    const file = await uploadFile(sampleFile('guide.pdf', 10), {
      fetch: server.fetch,
      uploadId: 'u1',
      onProgress: (sent) => progress.push(sent),
    });
    expect(file.id).toBe('file-u1');
    expect(server.calls).toEqual([
      'GET /fichiers/televersements/u1',
      'PUT /fichiers/televersements/u1/parties/2',
      'PUT /fichiers/televersements/u1/parties/3',
      'POST /fichiers/televersements/u1/fin',
    ]);
    expect(progress[0]).toBe(4);
  });

  it('stops on the API’s refusal with its French message, without retrying', async () => {
    const tooLarge = fakeUploadServer();
    await expect(uploadFile(sampleFile('film.mp4', 200), { fetch: tooLarge.fetch })).rejects.toMatchObject({
      kind: 'refused',
      message: 'Fichier trop volumineux : 50 Mo au plus par fichier.',
    });
    const wrongType = fakeUploadServer({ refuseAtFinish: 'Type de fichier refusé : seuls PDF, ODT sont acceptés.' });
    await expect(uploadFile(sampleFile('page.html', 5), { fetch: wrongType.fetch })).rejects.toMatchObject({
      kind: 'refused',
      message: 'Type de fichier refusé : seuls PDF, ODT sont acceptés.',
    });
  });

  it('stops as cancelled when aborted', async () => {
    const server = fakeUploadServer();
    const controller = new AbortController();
    server.fetch.mockImplementationOnce(async () => {
      controller.abort();
      throw new DOMException('Aborted', 'AbortError');
    });
    await expect(
      uploadFile(sampleFile('guide.pdf', 10), { fetch: server.fetch, signal: controller.signal }),
    ).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
