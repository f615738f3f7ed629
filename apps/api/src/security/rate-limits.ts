import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTACT_RATE } from '@culture-commune/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-errors';
import { RateLimitEntity } from './rate-limit.entity';
import { RateLimitBatch } from './rate-limit-batch';
import { countRateLimitHit, type RateLimitHitsRow } from './rate-limit-rows';

/** Per-key limits in a fixed window, counted in PostgreSQL so that every API replica shares them. */
export const RATE_LIMITS = {
  // Failed sign-ins only (a room of 30+ people behind one address signs in freely): per account *and* address, so
  // that failures elsewhere never lock the owner out, and per address, against guessing across accounts.
  signInFailuresPerAccountAddress: { max: 10, windowSeconds: 15 * 60 },
  signInFailuresPerAddress: { max: 30, windowSeconds: 15 * 60 },
  resetPerEmail: { max: 5, windowSeconds: 60 * 60 },
  resetPerAddress: { max: 20, windowSeconds: 60 * 60 },
  invitationsPerMember: { max: 30, windowSeconds: 60 * 60 },
  invitationsPerAddress: { max: 60, windowSeconds: 60 * 60 },
  mutationsPerClient: { max: 120, windowSeconds: 60 },
  // PDF exports only: each may cost a Chromium page (seconds of CPU, tens of MB), while the text exports are cheap
  // string work on data the reader may read anyway. 60 per 10 minutes lets a room of 30+ people behind one address
  // each download the meeting's list, twice, and still stops a script from keeping Chromium busy (cached PDFs count
  // too: whether a request is a cache hit is not the client's business, and the limit must not depend on it).
  pdfExportsPerAddress: { max: 60, windowSeconds: 10 * 60 },
  // The report's spreadsheet: no Chromium, but each one computes the whole report (about half a second and three
  // pooled connections at 100,000 resources, decision 0048), outside the GraphQL budget that meters the page. A share
  // link needs no account, so its holder must not be able to keep the database busy with it.
  reportExportsPerAddress: { max: 60, windowSeconds: 10 * 60 },
  // « Relancer » mails everyone who has read nothing of a list: once a day per list is a reminder, more is spam.
  listRemindersPerList: { max: 1, windowSeconds: 24 * 60 * 60 },
  // Link previews fetch a page chosen by the member: generous for someone filling forms, not a crawler.
  linkPreviewsPerMember: { max: 60, windowSeconds: 10 * 60 },
  // Files taken from a link (decision 0026) may each weigh FILES_MAX_FILE_MB: enough for a form's few attachments.
  filesFromLinksPerMember: { max: 20, windowSeconds: 10 * 60 },
  // « Contacter » writes to a person's mailbox: a few messages an hour is a conversation, more is a mailing.
  contactMessagesPerHour: { max: CONTACT_RATE.perHour, windowSeconds: 60 * 60 },
  contactMessagesPerDay: { max: CONTACT_RATE.perDay, windowSeconds: 24 * 60 * 60 },
  // Weighted by each query's cost (query-cost.ts): generous on purpose, see decision 0008.
  queriesPerClient: { max: 300_000, windowSeconds: 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'tooManyRequests.retryLater',
      { count: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
      { retryAfterSeconds },
    );
  }
}

@Injectable()
export class RateLimiter {
  /** Hits outside a transaction: every GraphQL query makes one, so concurrent ones share a statement. */
  private readonly batch = new RateLimitBatch(() => this.dataSource.manager);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws TOO_MANY_REQUESTS when `key` has already spent `name`'s limit in the current window; counts nothing. */
  async check(name: RateLimitName, key: string): Promise<void> {
    const { max, windowSeconds } = RATE_LIMITS[name];
    const row = await this.dataSource.manager
      .createQueryBuilder(RateLimitEntity, 'rl')
      .select('rl.hits', 'hits')
      .addSelect(
        `ceil(extract(epoch FROM (rl.windowStart + :windowSeconds * interval '1 second' - now())))::int`,
        'retry',
      )
      .where('rl.key = :key', { key: rateLimitKey(name, key) })
      .andWhere(`rl.windowStart >= now() - :windowSeconds * interval '1 second'`, { windowSeconds })
      .getRawOne<RateLimitHitsRow>();
    if (row && row.hits >= max) throw new RateLimitedError(row.retry);
  }

  /**
   * Counts `weight` hits (one by default) for `key` under `name`'s limit; throws TOO_MANY_REQUESTS beyond it. Given the
   * caller's `manager`, the hit is counted only if its transaction commits; without one, it is counted at once, in a
   * statement it may share with other requests' hits (rate-limit-batch.ts).
   */
  async hit(name: RateLimitName, key: string, weight = 1, manager?: EntityManager): Promise<void> {
    const { max, windowSeconds } = RATE_LIMITS[name];
    const counted = rateLimitKey(name, key);
    const hits = Math.max(1, Math.round(weight));
    const row = manager
      ? await countRateLimitHit(manager, counted, windowSeconds, hits)
      : await this.batch.count(counted, windowSeconds, hits);
    if (row.hits > max) throw new RateLimitedError(row.retry);
  }
}

function rateLimitKey(name: RateLimitName, key: string): string {
  return `${name}:${key.toLowerCase().slice(0, 300)}`;
}
