import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { LINKS_CONFIG, type LinksConfig } from '../../config/links.config';
import { RateLimiter } from '../../security/rate-limits';
import { decodePage } from './decode-page';
import type { LinkPreviewObject } from './dto/link-preview.object';
import { PDF_KIND, extractMetadata } from './extract-metadata';
import { linksPolicy } from './links.policy';
import { safeFetch } from './safe-fetch';
import { BibliographicLookup } from './bibliographic-lookup';
import { emptyPreview } from './empty-preview';
import { detectIdentifier } from './identifiers';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);
/** Raster images only (an SVG may carry script); shown in the form as a data: URL, which the CSP allows. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);
const IMAGE_MAX_BYTES = 512 * 1024;

@Injectable()
export class LinkPreviewService {
  constructor(
    @Inject(LINKS_CONFIG) private readonly config: LinksConfig,
    private readonly rateLimiter: RateLimiter,
    private readonly bibliographic: BibliographicLookup,
  ) {}

  /** What `address` (a URL, a DOI or an ISBN) says about itself, for a member about to share it; counted per member. */
  async preview(actor: Actor | null, address: string): Promise<LinkPreviewObject> {
    const current = requireActor(actor);
    if (!linksPolicy.canPreview(current)) throw new ForbiddenError();
    await this.rateLimiter.hit('linkPreviewsPerMember', current.id);
    const identifier = detectIdentifier(address);
    if (identifier?.kind === 'doi') return this.bibliographic.doi(identifier.doi);
    if (identifier?.kind === 'isbn') return this.bibliographic.isbn(identifier.isbn);
    return this.previewPage(address);
  }

  private async previewPage(address: string): Promise<LinkPreviewObject> {
    const page = await safeFetch(address, {
      timeoutMs: this.config.fetchTimeoutMs,
      maxBytes: this.config.fetchMaxBytes,
      allowAddresses: this.config.allowAddresses,
      wantBody: (mediaType) => HTML_TYPES.has(mediaType),
    });
    const empty = emptyPreview(page.url, page.mediaType);
    if (page.mediaType === 'application/pdf') return { ...empty, source: 'pdf', ...PDF_KIND };
    if (!HTML_TYPES.has(page.mediaType)) return empty;
    const metadata = extractMetadata(decodePage(page.body, page.charset), page.url);
    return { ...empty, ...metadata, imageData: metadata.imageUrl ? await this.imageData(metadata.imageUrl) : null };
  }

  /**
   * The page's image as a data: URL, read through the same guard, so that the browser never contacts the site (the
   * member's address stays private, and the CSP keeps images to our origin). null when it cannot be read.
   */
  private async imageData(url: string): Promise<string | null> {
    try {
      const image = await safeFetch(url, {
        timeoutMs: this.config.fetchTimeoutMs,
        maxBytes: Math.min(IMAGE_MAX_BYTES, this.config.fetchMaxBytes),
        allowAddresses: this.config.allowAddresses,
        accept: 'image/png,image/jpeg,image/webp,image/gif',
        wantBody: (mediaType) => IMAGE_TYPES.has(mediaType),
      });
      if (!IMAGE_TYPES.has(image.mediaType) || image.body.length === 0) return null;
      return `data:${image.mediaType};base64,${image.body.toString('base64')}`;
    } catch {
      return null;
    }
  }
}
