import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { KIT_PHOTO_LIMITS } from '@culture-commune/shared';
import type { Response } from 'express';
import type { RequestWithActor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-errors';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { readBody, WEB_IMAGE_MEDIA_TYPES } from '../files/web-image';
import { checkAltText, KitPhotosService, type KitPhoto } from './kit-photos.service';

/**
 * Kits' photos:
 * - `POST /malles/<slug>/photos?alt=<description>` (those who manage the kit), body: the image's bytes as `image/png`,
 *   `image/jpeg` or `image/webp` (types a cross-site form cannot send) → `{ id, url, altText }`;
 * - `GET /malles/photos/<id>.webp`: the WebP, for members who see the kit, cached for good in their browser only.
 * Removing one is the `removeKitPhoto` mutation.
 */
@Controller('malles')
@UseFilters(new RestErrorFilter('text'))
export class KitPhotosController {
  constructor(private readonly photos: KitPhotosService) {}

  @Post(':slug/photos')
  @HttpCode(200)
  async upload(
    @Param('slug') slug: string,
    @Query('alt') alt: unknown,
    @Req() req: RequestWithActor,
  ): Promise<KitPhoto> {
    await this.photos.checkUploader(req.actor ?? null, slug);
    const altText = checkAltText(alt);
    if (!req.is(WEB_IMAGE_MEDIA_TYPES)) throw new DomainError('badUserInput.fileFormat');
    return this.photos.upload(req.actor ?? null, slug, altText, await readBody(req, KIT_PHOTO_LIMITS.maxBytes));
  }

  @Get('photos/:file')
  async photo(@Param('file') file: string, @Req() req: RequestWithActor, @Res() res: Response): Promise<void> {
    const stream = await this.photos.read(req.actor ?? null, file.replace(/\.webp$/, ''));
    res.setHeader('Content-Type', 'image/webp');
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
