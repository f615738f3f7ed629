import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REPORT_LIMITS, presetPeriod, previousPeriod, validateReportPeriod } from '@culture-commune/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { Clock } from '../../common/clock';
import { InvalidInputError } from '../../common/errors/domain-errors';
import type { ActivityReportInput, ActivityReportObject, ReportFiltersInput } from './dto/report.objects';
import {
  findBestRatedTools,
  findFieldWorkBreakdown,
  findFieldWorkTotals,
  findMostUsedTools,
  type FieldWorkBreakdown,
} from './field-work-rows';
import {
  findLibraryBreakdown,
  findLibraryTotals,
  findMostBookmarked,
  findMostConsulted,
  type LibraryBreakdown,
} from './library-rows';
import { findEquipmentTotals, findLoansByOwner, findMostLentKits } from './equipment-rows';
import { findMeetingTotals } from './meetings-rows';
import { findNetworkTotals } from './network-rows';
import { breakdownTable, byPeriod, figures, forSharing, percent, rankingTable } from './report-assembly';
import { reportPolicy } from './report.policy';
import type { ReportScope } from './report-sql';
import { NETWORK_TIME_ZONE } from '../resources/resource-view-rows';

/** A report's question as stored with a share link: the period and the filters. */
export interface ReportQuestion {
  from: string;
  to: string;
  themeSlug: string | null;
  organisationSlug: string | null;
  audienceSlug: string | null;
  priorityNeighbourhood: boolean;
}

const parisDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: NETWORK_TIME_ZONE }).format(at);

@Injectable()
export class ReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The report for coordinators and admins. */
  async report(actor: Actor | null, input: ActivityReportInput): Promise<ActivityReportObject> {
    if (!reportPolicy.canRead(requireActor(actor))) throw new ForbiddenError('forbidden.reportReader');
    return this.compute(this.question(input));
  }

  /** The period (default: the last 12 months, ending today in Paris) and the filters, checked. */
  question(input: ActivityReportInput): ReportQuestion {
    const period =
      input.from || input.to
        ? { from: input.from ?? '', to: input.to ?? '' }
        : presetPeriod('last12Months', parisDay(this.clock.now()));
    const issues = validateReportPeriod(period);
    if (issues.length) throw new InvalidInputError(issues);
    return { ...period, ...normaliseFilters(input.filters) };
  }

  /** The report of a question; `shared`: as a share link shows it (small counts suppressed, public names only). */
  async compute(question: ReportQuestion, shared = false): Promise<ActivityReportObject> {
    const current = { from: question.from, to: question.to };
    const scope: ReportScope = {
      ...question,
      current,
      previous: previousPeriod(current),
      now: this.clock.now(),
    };
    // One snapshot for every figure: they add up even while members keep writing.
    const { report, publicSlugs } = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.read(manager, scope),
    );
    return shared ? forSharing(report, publicSlugs) : report;
  }

  private async read(manager: EntityManager, scope: ReportScope) {
    const size = REPORT_LIMITS.rankingSize;
    const field = byPeriod(await findFieldWorkTotals(manager, scope));
    const library = byPeriod(await findLibraryTotals(manager, scope));
    const meetings = byPeriod(await findMeetingTotals(manager, scope));
    const network = byPeriod(await findNetworkTotals(manager, scope));
    const equipment = byPeriod(await findEquipmentTotals(manager, scope));
    const rankings = {
      mostUsed: await findMostUsedTools(manager, scope, size),
      bestRated: await findBestRatedTools(manager, scope, size, REPORT_LIMITS.bestRatedMinDebriefs),
      consulted: await findMostConsulted(manager, scope, size),
      bookmarked: await findMostBookmarked(manager, scope, size),
    };
    const publicSlugs = new Set(
      Object.values(rankings)
        .flat()
        .filter((row) => row.public)
        .map((row) => row.slug),
    );
    const both = (pick: (row: typeof network.current) => number) =>
      [pick(network.current), pick(network.previous)] as const;
    const fieldWork = (by: FieldWorkBreakdown) => findFieldWorkBreakdown(manager, scope, by);
    const shared = (by: LibraryBreakdown) => findLibraryBreakdown(manager, scope, by);
    const report: ActivityReportObject = {
      period: scope.current,
      previousPeriod: scope.previous,
      filters: {
        themeSlug: scope.themeSlug,
        organisationSlug: scope.organisationSlug,
        audienceSlug: scope.audienceSlug,
        priorityNeighbourhood: scope.priorityNeighbourhood,
      },
      shared: false,
      generatedAt: scope.now,
      figures: [
        ...figures('fieldWork', [
          ['debriefs', field.current.debriefs, field.previous.debriefs],
          ['participants', field.current.participants, field.previous.participants],
          [
            'parentsPresentShare',
            percent(field.current.with_parents, field.current.debriefs),
            percent(field.previous.with_parents, field.previous.debriefs),
          ],
          ['averageRating', round2(field.current.average_rating), round2(field.previous.average_rating)],
        ]),
        ...figures('library', [
          ['resourcesShared', library.current.resources, library.previous.resources],
          ['contributors', library.current.contributors, library.previous.contributors],
          ['comments', library.current.comments, library.previous.comments],
          ['reactions', library.current.reactions, library.previous.reactions],
          ['bookmarks', library.current.bookmarks, library.previous.bookmarks],
          ['views', library.current.views, library.previous.views],
        ]),
        ...figures('meetings', [
          ['eventsHeld', meetings.current.events, meetings.previous.events],
          ['attendance', meetings.current.attendance, meetings.previous.attendance],
          ['readingLists', meetings.current.lists, meetings.previous.lists],
          [
            'itemsReadShare',
            percent(meetings.current.reads, meetings.current.expected_reads),
            percent(meetings.previous.reads, meetings.previous.expected_reads),
          ],
        ]),
        ...figures('network', [
          ['membersAtStart', ...both((row) => row.members_at_start)],
          ['membersAtEnd', ...both((row) => row.members_at_end)],
          ['newMembers', ...both((row) => row.new_members)],
          ['activeMembers', ...both((row) => row.active_members)],
          ['organisationsAtStart', ...both((row) => row.organisations_at_start)],
          ['organisationsAtEnd', ...both((row) => row.organisations_at_end)],
          ['newOrganisations', ...both((row) => row.new_organisations)],
          ['activeOrganisations', ...both((row) => row.active_organisations)],
          ['priorityOrganisationsReached', ...both((row) => row.priority_organisations_reached)],
        ]),
        ...figures('equipment', [
          ['loans', equipment.current.loans, equipment.previous.loans],
          ['daysLent', equipment.current.days_lent, equipment.previous.days_lent],
        ]),
      ],
      tables: [
        breakdownTable('fieldWork', 'fieldWorkByMonth', PEOPLE, await fieldWork('month'), { months: true }),
        breakdownTable('fieldWork', 'fieldWorkByAgeBand', PEOPLE, await fieldWork('ageBand')),
        breakdownTable('fieldWork', 'fieldWorkByOrganisation', PEOPLE, await fieldWork('organisation')),
        breakdownTable('fieldWork', 'fieldWorkByTheme', PEOPLE, await fieldWork('theme')),
        rankingTable('fieldWork', 'mostUsedTools', PEOPLE, rankings.mostUsed),
        rankingTable('fieldWork', 'bestRatedTools', ['averageRating', 'debriefs'], rankings.bestRated),
        breakdownTable('library', 'resourcesByType', ['resources'], await shared('type')),
        breakdownTable('library', 'resourcesByTheme', ['resources'], await shared('theme')),
        breakdownTable('library', 'resourcesByAudience', ['resources'], await shared('audience')),
        breakdownTable(
          'library',
          'contributionsByOrganisation',
          ['resources', 'contributors'],
          await shared('organisation'),
        ),
        rankingTable('library', 'mostConsulted', ['views'], rankings.consulted),
        rankingTable('library', 'mostBookmarked', ['bookmarks'], rankings.bookmarked),
        rankingTable('equipment', 'mostLentKits', LOANS, await findMostLentKits(manager, scope, size), false),
        breakdownTable('equipment', 'loansByOwner', LOANS, await findLoansByOwner(manager, scope)),
      ],
    };
    return { report, publicSlugs };
  }
}

/** Debriefs and participants: the two columns of the field work's tables. */
const PEOPLE: ['debriefs', 'participants'] = ['debriefs', 'participants'];
/** Loans and days lent: the two columns of the equipment's tables. */
const LOANS: ['loans', 'daysLent'] = ['loans', 'daysLent'];

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** Empty filters are no filters. */
export function normaliseFilters(filters: ReportFiltersInput | null | undefined) {
  const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  return {
    themeSlug: text(filters?.themeSlug),
    organisationSlug: text(filters?.organisationSlug),
    audienceSlug: text(filters?.audienceSlug),
    priorityNeighbourhood: filters?.priorityNeighbourhood ?? false,
  };
}
