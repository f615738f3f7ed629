import { Module } from '@nestjs/common';
import { BibliographicLookup } from './bibliographic-lookup';
import { LinkPreviewService } from './link-preview.service';
import { LinksResolver } from './links.resolver';

/** Reading shared links: previews for the form (and, later, the broken-link check). */
@Module({ providers: [LinkPreviewService, BibliographicLookup, LinksResolver], exports: [LinkPreviewService] })
export class LinksModule {}
