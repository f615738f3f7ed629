import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestWithActor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-errors';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { EventPeriod } from './dto/event.objects';
import { EventsService } from './events.service';
import { eventsToIcs } from './ics';

/**
 * /evenements/calendrier.ics: upcoming public events, for calendar applications (which carry no session);
 * /evenements/<slug>.ics: one event, for whoever may see it (others get 404, as for an unknown event).
 * Errors answer in plain text.
 */
@Controller('evenements')
@UseFilters(new RestErrorFilter('text'))
export class EventsCalendarController {
  constructor(
    private readonly events: EventsService,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
  ) {}

  @Get(':file')
  async ics(@Param('file') file: string, @Req() req: RequestWithActor, @Res() res: Response) {
    const slug = /^([a-z0-9-]+)\.ics$/.exec(file)?.[1];
    if (!slug) throw new DomainError('notFound.calendarAddress');
    const rows =
      slug === 'calendrier'
        ? await this.events.list(null, EventPeriod.UPCOMING, 100)
        : [await this.events.get(req.actor ?? null, slug)];
    const name = slug === 'calendrier' ? 'Culture commune — événements à venir' : rows[0].title;
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `${slug === 'calendrier' ? 'inline' : 'attachment'}; filename="${slug}.ics"`);
    res.setHeader('Cache-Control', slug === 'calendrier' ? 'public, max-age=900' : 'private, no-store');
    res.send(eventsToIcs(rows, this.http.publicUrl, name));
  }
}
