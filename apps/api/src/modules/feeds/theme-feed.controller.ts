import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/errors/domain-errors';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { ThemeFeedService } from './theme-feed.service';

/** GET /flux/themes/<slug>.atom: public, cacheable for five minutes; errors in plain text, which feed readers show. */
@Controller('flux/themes')
@UseFilters(new RestErrorFilter('text'))
export class ThemeFeedController {
  constructor(private readonly feeds: ThemeFeedService) {}

  @Get(':file')
  async themeFeed(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const match = /^([a-z0-9-]+)\.atom$/.exec(file);
    if (!match) throw new DomainError('notFound.feedAddress');
    const xml = await this.feeds.atom(match[1]);
    res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=300');
    return xml;
  }
}
