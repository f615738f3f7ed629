import { act, renderHook, waitFor } from '@testing-library/react';
import { fakeUploadServer, sampleFile } from '../test-upload-server';
import { uploadFile, type UploadOptions } from '../upload-client';
import { fileChoices, useFileUploads, type FileEntry } from './use-file-uploads';

function renderUploads(server: ReturnType<typeof fakeUploadServer>) {
  const upload = (file: File, options: UploadOptions = {}) =>
    uploadFile(file, { ...options, fetch: server.fetch, retryDelayMs: 1 });
  return renderHook(() => useFileUploads([], upload));
}

describe('useFileUploads: the files of the resource form', () => {
  it('follows a file part by part until the API has it, then offers it as the main file', async () => {
    const server = fakeUploadServer({ partSize: 4 });
    const { result } = renderUploads(server);
    act(() => result.current.add([sampleFile('guide.pdf', 10)]));
    expect(result.current.busy).toBe(true);
    await waitFor(() => {
      expect(result.current.entries[0].status).toBe('done');
    });
    expect(result.current.entries[0]).toMatchObject({ sent: 10, fileId: 'file-u1', uploadId: 'u1', main: true });
    expect(result.current.choices).toEqual([{ id: 'file-u1', main: true }]);
    expect(result.current.busy).toBe(false);
    expect(server.calls.filter((call) => call.startsWith('PUT'))).toHaveLength(3);
  });

  it('keeps a failed upload with what was sent, and resumes it with the missing parts only', async () => {
    const server = fakeUploadServer({ partSize: 4, failPuts: [2, 3, 4] });
    const { result } = renderUploads(server);
    act(() => result.current.add([sampleFile('guide.pdf', 10)]));
    await waitFor(() => expect(result.current.entries[0].status).toBe('failed'));
    expect(result.current.entries[0]).toMatchObject({ sent: 4, uploadId: 'u1', message: '' });
    expect(result.current.choices).toEqual([]);
    act(() => result.current.resume(result.current.entries[0].key));
    await waitFor(() => expect(result.current.entries[0].status).toBe('done'));
    expect(server.calls.filter((call) => call.endsWith('/parties/1'))).toHaveLength(1);
  });

  it('keeps the API’s refusal message on the refused file, which is never saved', async () => {
    const server = fakeUploadServer();
    const { result } = renderUploads(server);
    act(() => result.current.add([sampleFile('film.mp4', 500)]));
    await waitFor(() => expect(result.current.entries[0].status).toBe('refused'));
    expect(result.current.entries[0].message).toBe('Fichier trop volumineux : 50 Mo au plus par fichier.');
    expect(result.current.choices).toEqual([]);
  });

  it('stops its uploads when the form is left', async () => {
    const server = fakeUploadServer();
    const signals: AbortSignal[] = [];
    server.fetch.mockImplementation((_input, init) => {
      signals.push(init!.signal!);
      return new Promise(() => {});
    });
    const { result, unmount } = renderUploads(server);
    act(() => result.current.add([sampleFile('guide.pdf', 10)]));
    await waitFor(() => expect(signals).toHaveLength(1));
    unmount();
    expect(signals[0].aborted).toBe(true);
  });
});

describe('fileChoices', () => {
  const entry = (fileId: string, main: boolean, status: FileEntry['status'] = 'done'): FileEntry => ({
    key: fileId,
    name: `${fileId}.pdf`,
    size: 1,
    mediaType: null,
    fileId: status === 'done' ? fileId : null,
    main,
    status,
    sent: 1,
    message: null,
    uploadId: null,
  });

  it('saves the files the API has, in order, with exactly one main file (the first when the main one is not ready)', () => {
    expect(fileChoices([entry('a', false), entry('b', true)])).toEqual([
      { id: 'a', main: false },
      { id: 'b', main: true },
    ]);
    expect(fileChoices([entry('a', true, 'failed'), entry('b', false), entry('c', false)])).toEqual([
      { id: 'b', main: true },
      { id: 'c', main: false },
    ]);
  });
});
