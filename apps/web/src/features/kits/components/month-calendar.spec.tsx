import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render';
import { MonthCalendar } from './month-calendar';

function Harness({ onChoose }: { onChoose: (day: string) => void }) {
  const [month, setMonth] = useState('2027-03');
  return (
    <MonthCalendar
      month={month}
      onMonthChange={setMonth}
      today="2027-03-02"
      busy={new Map([['2027-03-04', ['Malle tablettes']]])}
      chosen={new Set(['2027-03-08'])}
      onChoose={onChoose}
    />
  );
}

describe('MonthCalendar', () => {
  it('is a grid of days named in French, busy and chosen days said in their labels', () => {
    renderWithProviders(<Harness onChoose={() => undefined} />);
    expect(screen.getByRole('grid', { name: 'mars 2027' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /lun/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'jeudi 4 mars 2027, prêtée (Malle tablettes)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'lundi 8 mars 2027, libre, choisi' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'lundi 1 mars 2027, libre, passé' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    // One tab stop: today.
    const tabbable = screen.getAllByRole('button').filter((button) => button.getAttribute('tabindex') === '0');
    expect(tabbable.map((button) => button.getAttribute('data-day'))).toEqual(['2027-03-02']);
  });

  it('moves with the arrows, into the next month, and chooses with a click or Enter', () => {
    const chosen: string[] = [];
    renderWithProviders(<Harness onChoose={(day) => chosen.push(day)} />);
    const today = screen.getByRole('button', { name: /mardi 2 mars 2027/ });
    today.focus();
    fireEvent.keyDown(today, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-day')).toBe('2027-03-09');
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(screen.getByRole('grid', { name: 'avril 2027' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('data-day')).toBe('2027-04-09');
    fireEvent.click(document.activeElement!);
    // A past day is not chosen.
    fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
    fireEvent.click(screen.getByRole('button', { name: /lundi 1 mars 2027/ }));
    expect(chosen).toEqual(['2027-04-09']);
  });
});
