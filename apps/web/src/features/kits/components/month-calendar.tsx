import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useLabels } from '../../../i18n/use-labels';
import { addMonths, dayAfterKey, monthOf, monthWeeks } from '../hooks/calendar-days';

export interface MonthCalendarProps {
  /** `YYYY-MM` shown. */
  month: string;
  onMonthChange: (month: string) => void;
  today: string;
  /** What holds each busy day (kit names, or the loan's status): shown in the day's label. */
  busy: ReadonlyMap<string, readonly string[]>;
  /** Days to show as chosen (a request's range). */
  chosen?: ReadonlySet<string>;
  /** Enter, Space or a click on a day. */
  onChoose: (day: string) => void;
  /** Past days cannot be chosen (asking for a loan); the all-kits calendar lets one read them. */
  pastChoosable?: boolean;
}

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * A month as a grid (WAI-ARIA grid pattern): one tab stop, arrows move between days (and into the next or previous
 * month), Page Up / Page Down change month, Home / End go to the week's ends, Enter or Space chooses. Each day's label
 * says its full date and whether it is taken; colours are only a second sign.
 */
export function MonthCalendar(props: MonthCalendarProps) {
  const { month, onMonthChange, today, busy, chosen, onChoose, pastChoosable = false } = props;
  const { t } = useTranslation();
  const { language } = useLabels();
  const id = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  const [focused, setFocused] = useState(() => (monthOf(today) === month ? today : `${month}-01`));
  const moved = useRef(false);
  const locale = LOCALES[language];
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const caption = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utc(`${month}-01`),
  );
  // 2027-03-01 is a Monday: the week's names from there.
  const weekdays = Array.from({ length: 7 }, (_, index) => utc(`2027-03-0${index + 1}`));
  const dayName = (format: 'long' | 'short', date: Date) =>
    new Intl.DateTimeFormat(locale, { weekday: format, timeZone: 'UTC' }).format(date);

  const focusedInMonth = monthOf(focused) === month ? focused : `${month}-01`;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-day="${focusedInMonth}"]`)?.focus();
  }, [focusedInMonth]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, day: string) => {
    const next = dayAfterKey(day, event.key);
    if (!next) return;
    event.preventDefault();
    moved.current = true;
    setFocused(next);
    if (monthOf(next) !== month) onMonthChange(monthOf(next));
  };

  const stateOf = (day: string) => {
    const parts = [
      busy.has(day) ? `${t('kits.calendar.busy')} (${busy.get(day)!.join(', ')})` : t('kits.calendar.free'),
    ];
    if (day < today) parts.push(t('kits.calendar.past'));
    if (chosen?.has(day)) parts.push(t('kits.calendar.chosen'));
    return parts.join(', ');
  };

  return (
    <div className="month-calendar">
      <div className="month-calendar-nav">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onMonthChange(addMonths(month, -1))}
        >
          {t('kits.calendar.previous')}
        </button>
        <h3 id={`${id}-caption`} className="month-calendar-title" aria-live="polite">
          {caption}
        </h3>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onMonthChange(addMonths(month, 1))}
        >
          {t('kits.calendar.next')}
        </button>
      </div>
      <p id={`${id}-help`} className="field-hint">
        {t('kits.calendar.instructions')}
      </p>
      <table
        role="grid"
        ref={gridRef}
        aria-labelledby={`${id}-caption`}
        aria-describedby={`${id}-help`}
        className="month-grid"
      >
        <thead>
          <tr>
            {weekdays.map((date) => (
              <th key={date.toISOString()} scope="col" abbr={dayName('long', date)}>
                {dayName('short', date)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, index) => (
            <tr key={index}>
              {week.map((day, column) =>
                day === null ? (
                  <td key={`blank-${column}`} className="month-day-blank" />
                ) : (
                  <td key={day} role="gridcell" aria-selected={chosen?.has(day) ?? false}>
                    <button
                      type="button"
                      data-day={day}
                      tabIndex={day === focusedInMonth ? 0 : -1}
                      aria-label={t('kits.calendar.dayLabel', { date: longDate.format(utc(day)), state: stateOf(day) })}
                      aria-disabled={!pastChoosable && day < today ? true : undefined}
                      className={[
                        'month-day',
                        busy.has(day) ? 'is-busy' : '',
                        chosen?.has(day) ? 'is-chosen' : '',
                        day === today ? 'is-today' : '',
                        day < today ? 'is-past' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      onFocus={() => setFocused(day)}
                      onKeyDown={(event) => onKeyDown(event, day)}
                      onClick={() => {
                        if (pastChoosable || day >= today) onChoose(day);
                      }}
                    >
                      {Number(day.slice(8))}
                    </button>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="month-legend">
        <li>
          <span className="month-legend-swatch is-busy" aria-hidden="true" /> {t('kits.calendar.legendBusy')}
        </li>
        {chosen && (
          <li>
            <span className="month-legend-swatch is-chosen" aria-hidden="true" /> {t('kits.calendar.legendChosen')}
          </li>
        )}
      </ul>
    </div>
  );
}
