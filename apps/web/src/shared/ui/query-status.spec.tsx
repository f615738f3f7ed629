import { act, render, screen } from '@testing-library/react';
import { LoadingMessage, Skeleton } from './query-status';

describe('LoadingMessage', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says nothing for a quick answer, then « Chargement… » once the wait lasts 300 ms', () => {
    render(<LoadingMessage text="Chargement de la ressource…" />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    act(() => jest.advanceTimersByTime(299));
    expect(status.textContent).toBe('');
    act(() => jest.advanceTimersByTime(1));
    expect(status.textContent).toBe('Chargement de la ressource…');
  });
});

describe('Skeleton', () => {
  it('draws one bar per line, hidden from screen readers', () => {
    const { container } = render(<Skeleton lines={[60, 100]} />);
    const skeleton = container.querySelector('.skeleton')!;
    expect(skeleton.getAttribute('aria-hidden')).toBe('true');
    expect([...skeleton.querySelectorAll('.skeleton-line')].map((line) => line.className)).toEqual([
      'skeleton-line skeleton-w60',
      'skeleton-line skeleton-w100',
    ]);
  });
});
