import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { Clock } from '../../common/clock';
import { DomainError, InvalidInputError } from '../../common/errors/domain-errors';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { hashToken, newToken } from '../accounts/tokens';
import { AuditService } from '../audit/audit.service';
import type { ActivityReportObject } from './dto/report.objects';
import type {
  CreatedReportShareLinkObject,
  ReportShareLinkInput,
  ReportShareLinkObject,
} from './dto/report-share-link.objects';
import { ReportShareLinkEntity } from './report-share-link.entity';
import { findLiveShareLinkByHash, findShareLink, findShareLinks, type ShareLinkRow } from './report-share-link-rows';
import { reportPolicy } from './report.policy';
import { ReportService } from './report.service';
import { isUuid } from '../../common/uuid';

const LABEL_MAX = 200;

/** Share links of the report: made and revoked by coordinators and admins (audited), read by anyone holding one. */
@Injectable()
export class ReportShareLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor | null): Promise<ReportShareLinkObject[]> {
    this.requireSharer(actor);
    return (await findShareLinks(this.dataSource.manager)).map(present);
  }

  async create(actor: Actor | null, input: ReportShareLinkInput): Promise<CreatedReportShareLinkObject> {
    const sharer = this.requireSharer(actor);
    const question = this.reports.question(input);
    const label = input.label.trim();
    if (label.length > LABEL_MAX) throw InvalidInputError.of('label', 'maxLength', { max: LABEL_MAX });
    const token = newToken();
    const id = await this.dataSource.transaction(async (manager) => {
      let organisationId: string | null = null;
      if (question.organisationSlug) {
        const organisation = await manager.findOneBy(OrganisationEntity, { slug: question.organisationSlug });
        if (!organisation)
          throw InvalidInputError.of('organisationSlug', 'unknown', { values: question.organisationSlug });
        organisationId = organisation.id;
      }
      const link = await manager.save(ReportShareLinkEntity, {
        tokenHash: hashToken(token),
        label,
        periodFrom: question.from,
        periodTo: question.to,
        themeSlug: question.themeSlug,
        organisationId,
        audienceSlug: question.audienceSlug,
        priorityNeighbourhood: question.priorityNeighbourhood,
        createdById: sharer.id,
        createdAt: this.clock.now(),
      });
      await this.audit.record('report-share-link.created', sharer.id, link.id, { label, ...question }, manager);
      return link.id;
    });
    return { link: present((await findShareLink(this.dataSource.manager, id))!), token };
  }

  async revoke(actor: Actor | null, id: string): Promise<ReportShareLinkObject> {
    const sharer = this.requireSharer(actor);
    await this.dataSource.transaction(async (manager) => {
      const link = isUuid(id) ? await manager.findOneBy(ReportShareLinkEntity, { id }) : null;
      if (!link) throw new DomainError('notFound.reportShareLink');
      if (link.revokedAt) return;
      await manager.update(ReportShareLinkEntity, { id }, { revokedAt: this.clock.now() });
      await this.audit.record('report-share-link.revoked', sharer.id, id, { label: link.label }, manager);
    });
    return present((await findShareLink(this.dataSource.manager, id))!);
  }

  /** The report of a live link, as shared (small counts suppressed); NOT_FOUND for an unknown or revoked token. */
  async sharedReport(token: string): Promise<ActivityReportObject> {
    const link = await findLiveShareLinkByHash(this.dataSource.manager, hashToken(token));
    if (!link) throw new DomainError('notFound.reportShareLink');
    const filters = present(link).filters;
    return this.reports.compute({ from: link.period_from, to: link.period_to, ...filters }, true);
  }

  private requireSharer(actor: Actor | null): Actor {
    if (!reportPolicy.canShare(requireActor(actor))) throw new ForbiddenError('forbidden.reportReader');
    return actor!;
  }
}

function present(row: ShareLinkRow): ReportShareLinkObject {
  return {
    id: row.id,
    label: row.label,
    period: { from: row.period_from, to: row.period_to },
    filters: {
      themeSlug: row.theme_slug,
      organisationSlug: row.organisation_slug,
      audienceSlug: row.audience_slug,
      priorityNeighbourhood: row.priority_neighbourhood,
    },
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    revokedAt: row.revoked_at,
  };
}
