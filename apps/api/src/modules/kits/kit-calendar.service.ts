import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isCalendarDay, nextCalendarDay } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { requireActor } from '../../common/auth/require-actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { findBusyLoans, findKitDebriefs, findKitResources, type BusyRow, type KitDebriefRow } from './kit-rows';
import { parisDay } from './paris-day';

/** Widest range a calendar query answers, in days (a month view with its overflow weeks is 42). */
const CALENDAR_MAX_DAYS = 100;

/** The first and last days of `month` (`YYYY-MM`), or of the current month (Paris) when absent. */
export function monthRange(month: string | null | undefined, today: string): { from: string; to: string } {
  const value = month ?? today.slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw InvalidInputError.of('month', 'required');
  const from = `${value}-01`;
  const [y, m] = value.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: nextCalendarDay(next, -1) };
}

/** What a kit's page and the calendars show: days taken, tools served, debriefs. */
@Injectable()
export class KitCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Loans holding kits (one, or all `actor` may see) on days of the month. */
  month(actor: Actor | null, month: string | null | undefined, kitId: string | null): Promise<BusyRow[]> {
    const { from, to } = monthRange(month, parisDay(this.clock.now()));
    return findBusyLoans(this.dataSource.manager, requireActor(actor), from, to, kitId);
  }

  /** Loans holding kits on days of `[from, to]` (at most CALENDAR_MAX_DAYS days). */
  range(actor: Actor | null, from: string, to: string, kitId: string | null): Promise<BusyRow[]> {
    const current = requireActor(actor);
    if (!isCalendarDay(from)) throw InvalidInputError.of('from', 'required');
    if (!isCalendarDay(to)) throw InvalidInputError.of('to', 'required');
    if (to < from) throw InvalidInputError.of('to', 'notBefore', { other: 'le début de la période' });
    if (to >= nextCalendarDay(from, CALENDAR_MAX_DAYS))
      throw InvalidInputError.of('to', 'range', { min: 1, max: CALENDAR_MAX_DAYS });
    return findBusyLoans(this.dataSource.manager, current, from, to, kitId);
  }

  resources(actor: Actor | null, kitId: string): Promise<{ slug: string; title: string }[]> {
    return findKitResources(this.dataSource.manager, actor, kitId);
  }

  debriefs(actor: Actor | null, kitId: string): Promise<KitDebriefRow[]> {
    return findKitDebriefs(this.dataSource.manager, actor, kitId);
  }
}
