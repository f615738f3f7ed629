import { Global, Injectable, Module } from '@nestjs/common';

/**
 * Where the API takes « now » when code decides something with it (which week a digest is for, which meeting is the
 * next one, how far ahead a workshop date may be). Timestamps PostgreSQL writes with now() do not go through it.
 * One instance serves the whole application; integration tests give it a FixedClock's time (test/api-harness.ts,
 * `startTestApi({ clock })`) so that time passes when a test says so, not when it sleeps.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The machine's clock: the one the API runs on. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Provided once for every module, as configuration is. */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class ClockModule {}
