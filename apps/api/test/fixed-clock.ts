import { Clock } from '../src/common/clock';

/** A clock that stands still until the test sets it or moves it on: `startTestApi({ clock })` makes the API read it. */
export class FixedClock extends Clock {
  private current: Date;

  constructor(start: Date | string = new Date()) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(date: Date | string): void {
    this.current = new Date(date);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const DAY_MS = 24 * 3600 * 1000;
