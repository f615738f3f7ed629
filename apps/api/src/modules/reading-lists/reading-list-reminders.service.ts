import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { DomainError, NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { RateLimitedError, RateLimiter } from '../../security/rate-limits';
import { MailerService } from '../mail/mailer.service';
import { listBySlug, unreadPeopleRows } from './reading-list-rows';
import { facts } from './reading-lists.service';
import { readingListsPolicy } from './reading-lists.policy';

/**
 * « Relancer » (issue 13, item 13): the list's team mails, through the job queue, everyone the list is for who has read
 * none of it — attendees who answered « Oui », collaborators, the curator — except the sender. Answers how many.
 */
@Injectable()
export class ReadingListRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
    private readonly limiter: RateLimiter,
  ) {}

  async remindUnread(actor: Actor | null, slug: string): Promise<number> {
    const current = requireActor(actor);
    return this.dataSource.transaction(async (manager) => {
      const list = await listBySlug(manager, slug);
      if (!list || !readingListsPolicy.canView(current, facts(list))) throw new NotFoundError('readingList', slug);
      if (!readingListsPolicy.canEdit(current, facts(list))) throw new ForbiddenError('forbidden.listEditor');
      const people = (await unreadPeopleRows(manager, list.id)).filter((person) => person.id !== current.id);
      // Once a day per list, whoever sends it; a reminder that mails no one does not count.
      if (people.length > 0) await this.countReminder(manager, list.id);
      const page = `${this.http.publicUrl.replace(/\/$/, '')}/listes/${list.slug}`;
      const sender = list.curator_id === current.id ? (list.curator_name ?? '') : '';
      for (const person of people) {
        // Written in the transaction: mails go only if it commits, and the queue retries a failing server.
        await this.mailer.send(
          {
            to: person.email,
            subject: `À lire : « ${list.title} »`,
            text: [
              `Bonjour ${person.name},`,
              '',
              `${sender || 'L’équipe de la liste'} vous rappelle la liste de lecture « ${list.title} » : vous n’en avez encore rien coché comme lu.`,
              '',
              `Elle est ici : ${page}`,
              '',
              'Culture commune',
            ].join('\n'),
          },
          manager,
        );
      }
      return people.length;
    });
  }

  private async countReminder(manager: EntityManager, listId: string): Promise<void> {
    try {
      await this.limiter.hit('listRemindersPerList', listId, 1, manager);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      const seconds = Number(error.details.retryAfterSeconds);
      throw new DomainError(
        'tooManyRequests.listReminded',
        { count: Math.max(1, Math.ceil(seconds / 3600)) },
        error.details,
      );
    }
  }
}
