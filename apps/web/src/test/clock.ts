import { act } from '@testing-library/react';

/**
 * Apollo's MockLink answers after 20 to 50 ms (its `realisticDelay`); once the fake clock has moved on by this much,
 * every mocked answer has arrived.
 */
export const MOCKED_ANSWER_MS = 50;

/**
 * Tests that wait for time to pass (a debounce, a mocked answer) run on Jest's fake clock instead of sleeping, so that
 * « nothing happened » is asserted after a known amount of time, not after however long the machine took.
 */
export function startFakeClock(): void {
  jest.useFakeTimers();
}

/**
 * Moves the fake clock on by `ms`, a millisecond at a time, running the timers that fall due and the promises they
 * settle. Each step is its own act, so React renders what a timer changed (and starts the timers that render sets
 * off, such as a request's) before the clock moves on, as it would in real time.
 */
export async function advanceClock(ms: number): Promise<void> {
  for (let step = 0; step < ms; step += 1) await act(() => jest.advanceTimersByTimeAsync(1));
}
