import { useRef, useState } from 'react';
import { errorMessage } from '../../../shared/graphql-errors';
import type { LinkPreview, LinkTools } from './link-tools';

export type LinkPreviewState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'done'; preview: LinkPreview };

/** Looks like an address, a DOI or an ISBN: worth asking the API about. */
export function worthReading(text: string): boolean {
  const value = text.trim();
  return (
    /^https?:\/\/\S+\.\S+/i.test(value) ||
    /^(doi:\s*)?10\.\d{4,9}\/\S+$/i.test(value) ||
    /^(isbn(-1[03])?:?\s*)?[\d][\d\s-]{8,16}[\dXx]$/i.test(value)
  );
}

/**
 * Reads a pasted or typed link once (the same text is not read twice in a row) and hands the preview to `onPreview`.
 * A newer read wins over an older one still under way.
 */
export function useLinkPreview(tools: LinkTools | undefined, onPreview: (preview: LinkPreview) => void) {
  const [state, setState] = useState<LinkPreviewState>({ status: 'idle' });
  const lastRead = useRef('');
  const latest = useRef(0);

  const read = async (text: string) => {
    const value = text.trim();
    if (!tools || !worthReading(value) || value === lastRead.current) return;
    lastRead.current = value;
    const request = ++latest.current;
    setState({ status: 'loading' });
    try {
      const preview = await tools.preview(value);
      if (request !== latest.current) return;
      setState({ status: 'done', preview });
      onPreview(preview);
    } catch (error) {
      if (request !== latest.current) return;
      // Reading it again later is allowed: the page may answer next time.
      lastRead.current = '';
      setState({ status: 'error', message: errorMessage(error) });
    }
  };

  return { state, read };
}
