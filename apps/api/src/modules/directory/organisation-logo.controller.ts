import { Controller, Get, HttpCode, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { LOGO_LIMITS } from '@culture-commune/shared';
import type { Response } from 'express';
import type { RequestWithActor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-errors';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { readBody, WEB_IMAGE_MEDIA_TYPES } from '../files/web-image';
import { OrganisationLogoService } from './organisation-logo.service';

/**
 * Organisations' logos:
 * - `POST /logos/structures/<slug>` (admins), body: the image's bytes as `image/png`, `image/jpeg` or `image/webp` (types
 *   a cross-site form cannot send) → `{ logoUrl }`;
 * - `GET /logos/<id>.webp`: the WebP, cached for good (a new upload has a new address).
 */
@Controller('logos')
@UseFilters(new RestErrorFilter('text'))
export class OrganisationLogoController {
  constructor(private readonly logos: OrganisationLogoService) {}

  @Post('structures/:slug')
  @HttpCode(200)
  async upload(@Param('slug') slug: string, @Req() req: RequestWithActor): Promise<{ logoUrl: string }> {
    this.logos.checkUploader(req.actor ?? null);
    if (!req.is(WEB_IMAGE_MEDIA_TYPES)) throw new DomainError('badUserInput.fileFormat');
    return this.logos.upload(req.actor ?? null, slug, await readBody(req, LOGO_LIMITS.maxBytes));
  }

  @Get(':file')
  async logo(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const stream = await this.logos.read(file.replace(/\.webp$/, ''));
    res.setHeader('Content-Type', 'image/webp');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
