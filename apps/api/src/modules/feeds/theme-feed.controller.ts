import { Controller, Get, HttpException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/errors/domain-errors';
import { ThemeFeedService } from './theme-feed.service';

/** GET /flux/themes/<slug>.atom: public, cacheable for five minutes. */
@Controller('flux/themes')
export class ThemeFeedController {
  constructor(private readonly feeds: ThemeFeedService) {}

  @Get(':file')
  async themeFeed(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const match = /^([a-z0-9-]+)\.atom$/.exec(file);
    try {
      if (!match) throw new HttpException('Flux inconnu : l’adresse doit finir par .atom', 404);
      const xml = await this.feeds.atom(match[1]);
      res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
      res.setHeader('Cache-Control', 'public, max-age=300');
      return xml;
    } catch (error) {
      if (error instanceof DomainError) throw new HttpException(error.message, 404);
      throw error;
    }
  }
}
