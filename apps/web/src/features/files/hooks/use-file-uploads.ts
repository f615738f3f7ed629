import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { uploadFile, UploadError, type UploadedFile, type UploadOptions } from '../upload-client';

/** A file of the form: already on the resource, being sent, sent, stopped by a broken connection, or refused. */
export interface FileEntry {
  key: string;
  name: string;
  size: number;
  mediaType: string | null;
  /** The file's id once the API has it (uploaded or already attached): what the form saves. */
  fileId: string | null;
  main: boolean;
  status: 'uploading' | 'done' | 'failed' | 'refused';
  /** Bytes the API has. */
  sent: number;
  /** The API's message when refused, or the network's when failed. */
  message: string | null;
  /** To resume after a failure: the API keeps the parts it received. */
  uploadId: string | null;
}

/** A file already on the resource, as the form's initial value. */
export interface ExistingFile {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  isMain: boolean;
}

export interface FileChoice {
  id: string;
  main: boolean;
}

let counter = 0;
const newKey = () => `file-${++counter}`;

const fromExisting = (file: ExistingFile): FileEntry => ({
  key: newKey(),
  name: file.fileName,
  size: file.size,
  mediaType: file.mediaType,
  fileId: file.id,
  main: file.isMain,
  status: 'done',
  sent: file.size,
  message: null,
  uploadId: null,
});

const readyFiles = (entries: readonly FileEntry[]) =>
  entries.filter((entry) => entry.status === 'done' && entry.fileId);

/** The main file among those the API has: the one chosen, else the first (a refused or unfinished one never is). */
export function mainEntry(entries: readonly FileEntry[]): FileEntry | undefined {
  const ready = readyFiles(entries);
  return ready.find((entry) => entry.main) ?? ready[0];
}

/** What the form saves: the files the API has, in order, exactly one of them main. */
export function fileChoices(entries: readonly FileEntry[]): FileChoice[] {
  const main = mainEntry(entries);
  return readyFiles(entries).map((entry) => ({ id: entry.fileId!, main: entry === main }));
}

/**
 * The files of the resource form: each added file is sent in parts (`uploadFile`), with its progress; it can be
 * cancelled, resumed after a broken connection (only the missing parts are sent), removed, moved, made the main one.
 */
export function useFileUploads(initial: readonly ExistingFile[], upload: typeof uploadFile = uploadFile) {
  const [entries, setEntries] = useState<FileEntry[]>(() => initial.map(fromExisting));
  const blobs = useRef(new Map<string, File>());
  const controllers = useRef(new Map<string, AbortController>());

  // Leaving the form stops its uploads (the API drops unfinished ones after a while).
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const patch = useCallback((key: string, change: Partial<FileEntry>) => {
    setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));
  }, []);

  const run = useCallback(
    async (key: string, uploadId: string | null) => {
      const file = blobs.current.get(key);
      if (!file) return;
      const controller = new AbortController();
      controllers.current.set(key, controller);
      patch(key, { status: 'uploading', message: null });
      const options: UploadOptions = {
        uploadId,
        signal: controller.signal,
        onStarted: (id) => patch(key, { uploadId: id }),
        onProgress: (sent) => patch(key, { sent }),
      };
      try {
        const done = await upload(file, options);
        patch(key, {
          status: 'done',
          fileId: done.id,
          name: done.fileName,
          mediaType: done.mediaType,
          sent: file.size,
        });
        blobs.current.delete(key);
      } catch (error) {
        const stopped = error instanceof UploadError ? error : new UploadError(String(error), 'network');
        if (stopped.kind === 'cancelled') return;
        patch(key, {
          status: stopped.kind === 'refused' ? 'refused' : 'failed',
          message: stopped.message,
          uploadId: stopped.uploadId ?? uploadId,
        });
      } finally {
        controllers.current.delete(key);
      }
    },
    [patch, upload],
  );

  const withMain = (list: FileEntry[]): FileEntry[] =>
    list.some((entry) => entry.main) || list.length === 0
      ? list
      : list.map((entry, index) => ({ ...entry, main: index === 0 }));

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file): FileEntry => {
        const key = newKey();
        blobs.current.set(key, file);
        return {
          key,
          name: file.name,
          size: file.size,
          mediaType: null,
          fileId: null,
          main: false,
          status: 'uploading',
          sent: 0,
          message: null,
          uploadId: null,
        };
      });
      setEntries((current) => withMain([...current, ...added]));
      for (const entry of added) void run(entry.key, null);
    },
    [run],
  );

  /** A file the API already has (a PDF fetched from the pasted link). */
  const addUploaded = useCallback((file: UploadedFile) => {
    setEntries((current) =>
      withMain([
        ...current,
        fromExisting({
          id: file.id,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.size,
          isMain: false,
        }),
      ]),
    );
  }, []);

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    blobs.current.delete(key);
    setEntries((current) => {
      const left = current.filter((entry) => entry.key !== key);
      return withMain(left);
    });
  }, []);

  const resume = useCallback(
    (key: string) => {
      const entry = entries.find((candidate) => candidate.key === key);
      if (entry) void run(key, entry.uploadId);
    },
    [entries, run],
  );

  const move = useCallback((key: string, delta: -1 | 1) => {
    setEntries((current) => {
      const from = current.findIndex((entry) => entry.key === key);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= current.length) return current;
      const next = [...current];
      [next[from], next[to]] = [next[to], next[from]];
      return next;
    });
  }, []);

  const setMain = useCallback((key: string) => {
    setEntries((current) => current.map((entry) => ({ ...entry, main: entry.key === key })));
  }, []);

  const choices = useMemo(() => fileChoices(entries), [entries]);
  const busy = entries.some((entry) => entry.status === 'uploading');
  const mainKey = mainEntry(entries)?.key ?? null;
  return { entries, choices, busy, mainKey, add, addUploaded, remove, cancel: remove, resume, move, setMain };
}
