import { Module } from '@nestjs/common';
import { LinkPreviewService } from './link-preview.service';
import { LinksResolver } from './links.resolver';

/** Reading shared links: previews for the form (and, later, the broken-link check). */
@Module({ providers: [LinkPreviewService, LinksResolver], exports: [LinkPreviewService] })
export class LinksModule {}
