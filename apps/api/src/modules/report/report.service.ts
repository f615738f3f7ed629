import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REPORT_LIMITS, presetPeriod, previousPeriod, validateReportPeriod } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { Clock } from '../../common/clock';
import { InvalidInputError } from '../../common/errors/domain-errors';
import type { ActivityReportInput, ActivityReportObject, ReportFiltersInput } from './dto/report.objects';
import { findFieldWork } from './field-work-rows';
import {
  findLibraryActivity,
  findMostBookmarked,
  findMostConsulted,
  findSharedResources,
  type LibraryActivityRow,
  type SharedResources,
} from './library-rows';
import { findEquipmentTotals, findLoansByOwner, findMostLentKits } from './equipment-rows';
import { findMeetingTotals } from './meetings-rows';
import { findNetworkTotals } from './network-rows';
import { breakdownTable, byPeriod, figures, forSharing, percent, rankingTable } from './report-assembly';
import { reportPolicy } from './report.policy';
import type { ReportScope } from './report-sql';
import { readOnOneSnapshot, type RunOnSnapshot } from './report-snapshot';
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
    // One snapshot for every figure, read on several connections: they add up even while members keep writing.
    const { report, publicSlugs } = await readOnOneSnapshot(this.dataSource, REPORT_CONNECTIONS, (run) =>
      this.read(run, scope),
    );
    return shared ? forSharing(report, publicSlugs) : report;
  }

  /** Queues every statement at once (the slowest first), then assembles the report from their rows. */
  private async read(run: RunOnSnapshot, scope: ReportScope) {
    const size = REPORT_LIMITS.rankingSize;
    const queued = {
      libraryActivity: run((m) => findLibraryActivity(m, scope)),
      library: run((m) => findSharedResources(m, scope)),
      field: run((m) => findFieldWork(m, scope, size, REPORT_LIMITS.bestRatedMinDebriefs)),
      network: run((m) => findNetworkTotals(m, scope)),
      consulted: run((m) => findMostConsulted(m, scope, size)),
      bookmarked: run((m) => findMostBookmarked(m, scope, size)),
      meetings: run((m) => findMeetingTotals(m, scope)),
      equipment: run((m) => findEquipmentTotals(m, scope)),
      mostLentKits: run((m) => findMostLentKits(m, scope, size)),
      loansByOwner: run((m) => findLoansByOwner(m, scope)),
    };
    const rows = await settle(queued);
    const field = byPeriod(rows.field.totals);
    const library = byPeriod(libraryTotals(rows.library.totals, rows.libraryActivity));
    const meetings = byPeriod(rows.meetings);
    const network = byPeriod(rows.network);
    const equipment = byPeriod(rows.equipment);
    const rankings = {
      mostUsed: rows.field.mostUsed,
      bestRated: rows.field.bestRated,
      consulted: rows.consulted,
      bookmarked: rows.bookmarked,
    };
    const fieldWork = rows.field.breakdowns;
    const shared = rows.library.breakdowns;
    const publicSlugs = new Set(
      Object.values(rankings)
        .flat()
        .filter((row) => row.public)
        .map((row) => row.slug),
    );
    const both = (pick: (row: typeof network.current) => number) =>
      [pick(network.current), pick(network.previous)] as const;
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
        breakdownTable('fieldWork', 'fieldWorkByMonth', PEOPLE, fieldWork.month, { months: true }),
        breakdownTable('fieldWork', 'fieldWorkByAgeBand', PEOPLE, fieldWork.ageBand),
        breakdownTable('fieldWork', 'fieldWorkByOrganisation', PEOPLE, fieldWork.organisation),
        breakdownTable('fieldWork', 'fieldWorkByTheme', PEOPLE, fieldWork.theme),
        rankingTable('fieldWork', 'mostUsedTools', PEOPLE, rankings.mostUsed),
        rankingTable('fieldWork', 'bestRatedTools', ['averageRating', 'debriefs'], rankings.bestRated),
        breakdownTable('library', 'resourcesByType', ['resources'], shared.type),
        breakdownTable('library', 'resourcesByTheme', ['resources'], shared.theme),
        breakdownTable('library', 'resourcesByAudience', ['resources'], shared.audience),
        breakdownTable('library', 'contributionsByOrganisation', ['resources', 'contributors'], shared.organisation),
        rankingTable('library', 'mostConsulted', ['views'], rankings.consulted),
        rankingTable('library', 'mostBookmarked', ['bookmarks'], rankings.bookmarked),
        rankingTable('equipment', 'mostLentKits', LOANS, rows.mostLentKits, false),
        breakdownTable('equipment', 'loansByOwner', LOANS, rows.loansByOwner),
      ],
    };
    return { report, publicSlugs };
  }
}

/**
 * Connections one report reads on at once (decision 0048): its statements are independent, and on two cores a third
 * connection keeps PostgreSQL busy while Node assembles rows; the pool (10) still serves other requests meanwhile.
 */
const REPORT_CONNECTIONS = 3;

/** The library's totals per period: the shared resources' counts with the comments, reactions, bookmarks and views. */
function libraryTotals(shared: SharedResources['totals'], activity: LibraryActivityRow[]) {
  return shared.map((row) => {
    const more = activity.find((candidate) => candidate.period === row.period);
    if (!more) throw new Error(`No ${row.period} row`);
    return { ...row, ...more };
  });
}

/** Every promise of `queued`, awaited together: the same keys with their values. */
async function settle<T extends Record<string, Promise<unknown>>>(
  queued: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const entries = await Promise.all(Object.entries(queued).map(async ([key, value]) => [key, await value] as const));
  return Object.fromEntries(entries) as { [K in keyof T]: Awaited<T[K]> };
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
