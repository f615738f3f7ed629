import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { httpErrorOf } from './http-status';

/** How a REST route answers an error: a page for what a browser shows, plain text for files and feeds. */
export type RestErrorFormat = 'html' | 'text';

const logger = new Logger('Rest');

/** Headers a route may have set before failing; kept, they would make the browser download the error as a file. */
const FILE_HEADERS = ['Content-Disposition', 'Content-Type', 'Content-Length', 'Content-Language', 'ETag'];

/**
 * Answers errors of the REST controllers (exports, feeds, calendars) with the status of their domain code
 * (see http-status.ts) and a short readable body, never JSON: `@UseFilters(new RestErrorFilter('text'))`.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  constructor(private readonly format: RestErrorFormat = 'text') {}

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const answer = httpErrorOf(error);
    if (answer.unexpected) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (res.headersSent) {
      res.end();
      return;
    }
    for (const header of FILE_HEADERS) res.removeHeader(header);
    res.setHeader('Cache-Control', 'no-store');
    if (answer.retryAfterSeconds) res.setHeader('Retry-After', String(answer.retryAfterSeconds));
    else res.removeHeader('Retry-After');
    res.status(answer.status);
    if (this.format === 'html') {
      res.type('html').send(errorPage(answer.status, answer.message));
    } else {
      res.type('text/plain; charset=utf-8').send(`${answer.message}\n`);
    }
  }
}

function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Page introuvable' : status === 503 ? 'Service indisponible' : 'Erreur';
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Culture commune</title></head>
<body><main><h1>${title}</h1><p>${escapeHtml(message)}</p><p><a href="/">Culture commune</a></p></main></body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}
