import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { CombinedReads } from '../../common/database/combined-rows';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { Clock } from '../../common/clock';
import { LINK_CHECKS_CONFIG, type LinkChecksConfig } from '../../config/link-checks.config';
import { LINKS_CONFIG, type LinksConfig } from '../../config/links.config';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { insertJob } from '../jobs/job-rows';
import { memberRef } from '../organisations/dto/organisation.objects';
import { checkLink } from './check-link';
import type { BrokenLinkPageObject, LinkDeadReason, LinkStatusObject } from './dto/link-check.objects';
import { HostPacer, realSleep, type Sleep } from './host-pacer';
import {
  findBrokenLinks,
  findCheckableResources,
  findDueInSweep,
  findLinkStatus,
  lockLinkState,
  notifyContributor,
  saveLinkCheck,
  type LinkStatusRow,
} from './link-check-rows';
import { linkChecksPolicy } from './link-checks.policy';
import { batchByHost, hostOf, nextLinkState } from './link-state';

export const LINK_CHECK_BATCH_QUEUE = 'link-check-batch';
const MAX_PAGE = 100;

/** The weekly broken-link check (decision 0021): plans a sweep in batches, checks a batch politely, answers status. */
@Injectable()
export class LinkChecksService {
  private readonly logger = new Logger('LinkChecks');
  /** Replaced by tests that must not wait for real. */
  sleep: Sleep = realSleep;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LINK_CHECKS_CONFIG) private readonly config: LinkChecksConfig,
    @Inject(LINKS_CONFIG) private readonly links: LinksConfig,
    private readonly clock: Clock,
  ) {}

  /** Enqueues the sweep's batch jobs, a host never split across two; idempotent per sweep. Answers how many. */
  async planSweep(sweep: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const batches = batchByHost(await findCheckableResources(manager), this.config.batchSize);
      for (const [index, batch] of batches.entries()) {
        await insertJob(
          manager,
          LINK_CHECK_BATCH_QUEUE,
          { sweep, resourceIds: batch.map((resource) => resource.id) },
          { singletonKey: `${sweep}#${index + 1}`, maxAttempts: 3 },
        );
      }
      return batches.length;
    });
  }

  /**
   * Checks a batch's links one at a time, pausing between two requests to the same host. A resource already checked
   * in this sweep is skipped, so a retried batch counts nothing twice.
   */
  async checkBatch(sweep: string, resourceIds: readonly string[]): Promise<void> {
    const due = await findDueInSweep(this.dataSource.manager, resourceIds, sweep);
    due.sort((a, b) => hostOf(a.url).localeCompare(hostOf(b.url)));
    const pacer = new HostPacer(this.config.hostDelayMs, this.sleep);
    for (const resource of due) {
      const outcome = await checkLink(resource.url, {
        timeoutMs: this.config.timeoutMs,
        allowAddresses: this.links.allowAddresses,
        paced: (request) => pacer.run(hostOf(resource.url), request),
      });
      const checkedAt = this.clock.now();
      await this.dataSource.transaction(async (manager) => {
        const state = nextLinkState(await lockLinkState(manager, resource.id), resource.url, outcome, checkedAt);
        await saveLinkCheck(manager, resource.id, sweep, checkedAt, outcome, state);
        if (state.becameBroken) await notifyContributor(manager, resource.id);
      });
      if (outcome.status === 'dead') this.logger.debug(`Lien mort (${outcome.reason}) : ${resource.url}`);
    }
  }

  /** The last check of a resource the caller may already see; null when never checked at its current address. */
  async status(resourceId: string, url: string | null, reads?: CombinedReads): Promise<LinkStatusObject | null> {
    if (!url) return null;
    const row = await findLinkStatus(this.dataSource.manager, resourceId, reads);
    return row && row.url === url ? presentStatus(row) : null;
  }

  async broken(actor: Actor | null, first: number, after: string | null): Promise<BrokenLinkPageObject> {
    const current = requireActor(actor);
    if (!linkChecksPolicy.canListBroken(current)) throw new ForbiddenError();
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw InvalidInputError.of('first', 'range', { min: 1, max: MAX_PAGE });
    }
    const offset = after === null ? 0 : Number(after);
    if (!Number.isInteger(offset) || offset < 0)
      throw InvalidInputError.of('after', 'unreadable', { detail: 'curseur inconnu' });
    const rows = await findBrokenLinks(this.dataSource.manager, current, first + 1, offset);
    const items = rows.slice(0, first).map((row) => ({
      resource: { slug: row.slug, title: row.title },
      url: row.url,
      status: presentStatus(row),
      contributor: memberRef(row.contributor_id, row.contributor_slug, row.contributor_name),
    }));
    const hasMore = rows.length > first;
    return { items, hasMore, endCursor: hasMore ? String(offset + first) : null };
  }
}

function presentStatus(row: LinkStatusRow): LinkStatusObject {
  return {
    broken: row.broken_since !== null,
    brokenSince: row.broken_since,
    checkedAt: row.checked_at,
    ok: row.status === 'ok',
    reason: row.reason as LinkDeadReason | null,
    httpStatus: row.http_status,
  };
}
