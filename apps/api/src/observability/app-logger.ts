import { ConsoleLogger, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { LogLevel, ObservabilityConfig } from '../config/observability.config';
import { currentContext } from './request-context';

const NEST_LEVELS: Record<LogLevel, NestLogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Structured fields of a log line (the request line, a job's end), merged into the JSON object. */
export interface LogFields {
  msg: string;
  [field: string]: string | number | boolean | null | undefined;
}

/**
 * Nest's logger, in JSON lines (one object per line, with the request id of the request or job that wrote it) or in
 * text for a person at a terminal. Installed by `createAppLogger` at boot.
 */
export class AppLogger extends ConsoleLogger {
  constructor(
    private readonly format: ObservabilityConfig['logFormat'],
    level: LogLevel,
  ) {
    super({ json: format === 'json', logLevels: NEST_LEVELS[level] });
  }

  protected override getJsonLogObject(
    message: unknown,
    options: { context: string; logLevel: NestLogLevel; errorStack?: unknown },
  ): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const base = super.getJsonLogObject(message, options);
    const context = currentContext();
    const fields = isLogFields(message) ? { ...message, message: message.msg, msg: undefined } : {};
    return {
      ...base,
      time: new Date(base.timestamp).toISOString(),
      ...(context ? { requestId: context.requestId } : {}),
      ...fields,
    } as ReturnType<ConsoleLogger['getJsonLogObject']>;
  }

  protected override stringifyMessage(message: unknown, logLevel: NestLogLevel): string {
    if (this.format === 'text' && isLogFields(message)) {
      const { msg, ...fields } = message;
      const details = Object.entries(fields)
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(' ');
      return super.stringifyMessage(details ? `${msg} ${details}` : msg, logLevel) as string;
    }
    return super.stringifyMessage(message, logLevel) as string;
  }
}

function isLogFields(message: unknown): message is LogFields {
  return typeof message === 'object' && message !== null && typeof (message as LogFields).msg === 'string';
}

/** The logger of every process of the app (API, CLI), as LOG_FORMAT and LOG_LEVEL say. */
export function createAppLogger(config: Pick<ObservabilityConfig, 'logFormat' | 'logLevel'>): AppLogger {
  return new AppLogger(config.logFormat, config.logLevel);
}
