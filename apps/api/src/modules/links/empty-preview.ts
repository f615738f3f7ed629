import type { LinkPreviewObject } from './dto/link-preview.object';

/** A preview that knows only where it comes from: the sources fill what they can. */
export function emptyPreview(url: string, mediaType: string): LinkPreviewObject {
  return {
    source: 'page',
    url,
    canonicalUrl: null,
    title: null,
    summary: null,
    authors: [],
    publisher: null,
    date: null,
    year: null,
    language: null,
    imageUrl: null,
    imageData: null,
    type: null,
    format: null,
    mediaType,
  };
}
