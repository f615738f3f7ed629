import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KIT_LIMITS, KIT_LOAN_STATUS_FR, frenchLoanPeriod } from '@culture-commune/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService, type AuditAction } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { MailerService } from '../mail/mailer.service';
import { MemberEntity } from '../organisations/member.entity';
import type { KitLoanRequestInput, KitReturnCheckLineInput } from './dto/kit.objects';
import { KitLoanEntity, type KitLoanStatus } from './kit-loan.entity';
import {
  findLoansOfKit,
  findLoansOfMember,
  findLoansToHandle,
  findOverlappingLoan,
  insertLoan,
  loanById,
  type KitLoanRow,
} from './kit-rows';
import { validateLoanRequest, validateReturnCheck } from './kit-validation';
import { KitEntity } from './kit.entity';
import { KitsService } from './kits.service';
import { kitsPolicy } from './kits.policy';
import { parisDay } from './paris-day';

/** PostgreSQL's exclusion_violation: two accepted loans of a kit would overlap (kit_loans_no_overlap). */
const EXCLUSION_VIOLATION = '23P01';

const isExclusionViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === EXCLUSION_VIOLATION;

/**
 * The loan workflow (decision 0029): a member asks; the owner organisation's members (or an admin) accept or refuse,
 * hand the kit over and take it back with a check of its contents. Accepting writes the one row PostgreSQL's
 * exclusion constraint guards: of two overlapping acceptances, however concurrent, one commits and the other gets a
 * conflict naming the days the kit is taken.
 */
@Injectable()
export class KitLoansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kits: KitsService,
    private readonly audit: AuditService,
    private readonly mailer: MailerService,
    private readonly clock: Clock,
  ) {}

  async request(actor: Actor | null, input: KitLoanRequestInput): Promise<KitLoanRow> {
    const current = requireActor(actor);
    const kit = await this.kits.get(current, input.kitSlug);
    if (!kitsPolicy.canAsk(current, { organisationId: kit.organisation.id, archivedAt: kit.archived_at }))
      throw new NotFoundError('kit', input.kitSlug);
    const issues = validateLoanRequest(input, parisDay(this.clock.now()));
    if (issues.length) throw new InvalidInputError(issues);
    // Several members may ask for the same days (the owner chooses); days already promised are refused at once.
    await this.refuseIfTaken(kit.id, input.startsOn, input.endsOn, null);
    const id = await this.dataSource.transaction(async (manager) => {
      const eventId = await this.eventId(manager, input.eventSlug ?? null);
      return insertLoan(manager, {
        kitId: kit.id,
        requesterId: current.id,
        organisationId: current.organisationId,
        eventId,
        purpose: input.purpose.trim(),
        firstDay: input.startsOn,
        lastDay: input.endsOn,
      });
    });
    return (await loanById(this.dataSource.manager, id))!;
  }

  async accept(actor: Actor | null, id: string): Promise<KitLoanRow> {
    return this.transition(
      actor,
      id,
      ['requested'],
      'accepted',
      'kit-loan.accepted',
      async (loan, manager, current) => {
        await manager.update(
          KitLoanEntity,
          { id: loan.id },
          { status: 'accepted', decidedAt: this.clock.now(), decidedById: current.id },
        );
      },
    );
  }

  async refuse(actor: Actor | null, id: string, reason: string): Promise<KitLoanRow> {
    if (reason.trim().length > KIT_LIMITS.refusedReason)
      throw InvalidInputError.of('refusedReason', 'maxLength', { max: KIT_LIMITS.refusedReason });
    return this.transition(
      actor,
      id,
      ['requested', 'accepted'],
      'refused',
      'kit-loan.refused',
      async (loan, manager, current) => {
        await manager.update(
          KitLoanEntity,
          { id: loan.id },
          {
            status: 'refused',
            decidedAt: this.clock.now(),
            decidedById: current.id,
            refusedReason: reason.trim() || null,
          },
        );
      },
    );
  }

  async cancel(actor: Actor | null, id: string): Promise<KitLoanRow> {
    return this.transition(
      actor,
      id,
      ['requested', 'accepted'],
      'cancelled',
      'kit-loan.cancelled',
      async (loan, manager) => {
        await manager.update(KitLoanEntity, { id: loan.id }, { status: 'cancelled' });
      },
    );
  }

  async handOver(actor: Actor | null, id: string): Promise<KitLoanRow> {
    return this.transition(
      actor,
      id,
      ['accepted'],
      'handed_over',
      'kit-loan.handed-over',
      async (loan, manager, current) => {
        await manager.update(
          KitLoanEntity,
          { id: loan.id },
          { status: 'handed_over', handedOverAt: this.clock.now(), handedOverById: current.id },
        );
      },
    );
  }

  /**
   * Takes the kit back: what is missing or broken is kept on the loan and added to the kit's condition notes, so that
   * the next borrower reads it before asking.
   */
  async giveBack(
    actor: Actor | null,
    id: string,
    check: KitReturnCheckLineInput[],
    notes: string,
  ): Promise<KitLoanRow> {
    const issues = validateReturnCheck(check, notes);
    if (issues.length) throw new InvalidInputError(issues);
    const lines = check
      .map((line) => ({ label: line.label.trim(), missing: line.missing, broken: line.broken, note: line.note.trim() }))
      .filter((line) => line.missing > 0 || line.broken > 0 || line.note);
    return this.transition(
      actor,
      id,
      ['handed_over'],
      'returned',
      'kit-loan.returned',
      async (loan, manager, current) => {
        const now = this.clock.now();
        await manager.update(
          KitLoanEntity,
          { id: loan.id },
          {
            status: 'returned',
            returnedAt: now,
            returnedById: current.id,
            returnCheck: lines,
            returnNotes: notes.trim(),
          },
        );
        const noted = conditionNote(parisDay(now), lines, notes.trim());
        if (noted) {
          const kit = await manager.findOneByOrFail(KitEntity, { id: loan.kit.id });
          const conditionNotes = [kit.conditionNotes, noted]
            .filter(Boolean)
            .join('\n')
            .slice(-KIT_LIMITS.conditionNotes);
          await manager.update(KitEntity, { id: kit.id }, { conditionNotes });
        }
      },
    );
  }

  /** A loan its borrower or a handler of its kit may see. */
  async get(actor: Actor | null, id: string): Promise<KitLoanRow> {
    const current = requireActor(actor);
    const loan = await loanById(this.dataSource.manager, id);
    if (
      !loan ||
      !kitsPolicy.canViewLoan(
        current,
        { organisationId: loan.kit.organisation_id },
        { requesterId: loan.requester?.id ?? null },
      )
    )
      throw new NotFoundError('kitLoan', id);
    return loan;
  }

  mine(actor: Actor | null): Promise<KitLoanRow[]> {
    return findLoansOfMember(this.dataSource.manager, requireActor(actor).id);
  }

  toHandle(actor: Actor | null): Promise<KitLoanRow[]> {
    return findLoansToHandle(this.dataSource.manager, requireActor(actor));
  }

  /** A kit's history, for those who handle its loans; nothing for others. */
  async history(actor: Actor | null, kit: { id: string; organisationId: string }): Promise<KitLoanRow[]> {
    if (!kitsPolicy.canHandleLoans(actor, kit)) return [];
    return findLoansOfKit(this.dataSource.manager, kit.id);
  }

  /**
   * Moves a loan from one of `from` to `to` in one transaction (the row locked, its status checked again), audited;
   * an acceptance that would overlap another becomes the conflict naming that other loan's days. The borrower is told
   * by mail of an acceptance or a refusal.
   */
  private async transition(
    actor: Actor | null,
    id: string,
    from: KitLoanStatus[],
    to: KitLoanStatus,
    action: AuditAction,
    write: (loan: KitLoanRow, manager: EntityManager, current: Actor) => Promise<void>,
  ): Promise<KitLoanRow> {
    const current = requireActor(actor);
    const loan = await this.get(current, id);
    const kit = { organisationId: loan.kit.organisation_id };
    const allowed =
      to === 'cancelled'
        ? kitsPolicy.canCancel(current, kit, { requesterId: loan.requester?.id ?? null })
        : kitsPolicy.canHandleLoans(current, kit);
    if (!allowed) throw new ForbiddenError('forbidden.kitManager');
    try {
      await this.dataSource.transaction(async (manager) => {
        const locked = await manager.findOne(KitLoanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!locked || !from.includes(locked.status))
          throw new DomainError('conflict.kitLoanStatus', {
            status: KIT_LOAN_STATUS_FR[locked?.status ?? loan.status],
          });
        await write(loan, manager, current);
        await this.audit.record(
          action,
          current.id,
          `${loan.kit.slug} ${loan.first_day}…${loan.last_day}`,
          { loan: id },
          manager,
        );
        await this.tellBorrower(manager, loan, to);
      });
    } catch (error) {
      if (!isExclusionViolation(error)) throw error;
      await this.refuseIfTaken(loan.kit.id, loan.first_day, loan.last_day, loan.id);
      // The loan that won was cancelled since: its days are free again, the borrower may try once more.
      throw new DomainError('conflict.kitBooked', { period: frenchLoanPeriod(loan.first_day, loan.last_day) });
    }
    return (await loanById(this.dataSource.manager, id))!;
  }

  /** CONFLICT naming the days of an accepted or handed-over loan that overlaps these days. */
  private async refuseIfTaken(kitId: string, firstDay: string, lastDay: string, exceptId: string | null) {
    const taken = await findOverlappingLoan(this.dataSource.manager, kitId, firstDay, lastDay, exceptId);
    if (taken)
      throw new DomainError('conflict.kitBooked', { period: frenchLoanPeriod(taken.first_day, taken.last_day) });
  }

  private async tellBorrower(manager: EntityManager, loan: KitLoanRow, to: KitLoanStatus): Promise<void> {
    if ((to !== 'accepted' && to !== 'refused') || !loan.requester) return;
    const member = await manager.findOneBy(MemberEntity, { id: loan.requester.id });
    if (!member) return;
    const period = frenchLoanPeriod(loan.first_day, loan.last_day);
    await this.mailer.send(
      to === 'accepted'
        ? {
            to: member.email,
            subject: `Prêt accepté : ${loan.kit.name}`,
            text: `Bonjour ${member.name},\n\nVotre demande de prêt de « ${loan.kit.name} » du ${period} est acceptée.\n`,
          }
        : {
            to: member.email,
            subject: `Prêt refusé : ${loan.kit.name}`,
            text: `Bonjour ${member.name},\n\nVotre demande de prêt de « ${loan.kit.name} » du ${period} n’a pas pu être acceptée.\n`,
          },
      manager,
    );
  }

  private async eventId(manager: EntityManager, slug: string | null): Promise<string | null> {
    if (!slug) return null;
    const event = await manager.findOne(EventEntity, { select: { id: true }, where: { slug } });
    if (!event) throw InvalidInputError.of('eventSlug', 'unknown', { values: slug });
    return event.id;
  }
}

/** « Retour du 2027-03-08 : Chargeur : 1 manquant ; … » for the kit's condition notes, or '' when all is well. */
export function conditionNote(
  day: string,
  lines: { label: string; missing: number; broken: number; note: string }[],
  notes: string,
): string {
  const parts = lines.map((line) => {
    const counts = [
      line.missing ? `${line.missing} manquant${line.missing > 1 ? 's' : ''}` : '',
      line.broken ? `${line.broken} cassé${line.broken > 1 ? 's' : ''}` : '',
      line.note,
    ].filter(Boolean);
    return `${line.label} : ${counts.join(', ')}`;
  });
  if (notes) parts.push(notes);
  if (!parts.length) return '';
  const [y, m, d] = day.split('-');
  return `Retour du ${d}/${m}/${y} : ${parts.join(' ; ')}.`;
}
