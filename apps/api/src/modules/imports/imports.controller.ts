import { Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestWithActor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-errors';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { IMPORTS_CONFIG, type ImportsConfig } from '../../config/imports.config';
import { importReportCsv } from './import-report';
import { ImportsService } from './imports.service';

/**
 * POST /imports/fichiers?nom=<file name>, body: the file's bytes as `application/octet-stream` (a type a form cannot
 * send, so another site cannot post one with the person's cookie); answers `{ id }` of the batch to preview in
 * GraphQL. GET /imports/<id>/rapport.csv: the report. Errors in plain text with their status.
 */
@Controller('imports')
@UseFilters(new RestErrorFilter('text'))
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    @Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
  ) {}

  @Post('fichiers')
  async upload(@Query('nom') name: string | undefined, @Req() req: RequestWithActor): Promise<{ id: string }> {
    if (!req.is('application/octet-stream')) throw new DomainError('badUserInput.importFormat');
    // Who may import is known before the body is read: a refused upload is not read at all.
    this.imports.checkImporter(req.actor ?? null);
    const bytes = await this.readBody(req);
    const batch = await this.imports.upload(req.actor ?? null, String(name ?? '').slice(0, 255), bytes);
    return { id: batch.id };
  }

  @Get(':id/rapport.csv')
  async report(@Param('id') id: string, @Req() req: RequestWithActor, @Res() res: Response): Promise<void> {
    const batch = await this.imports.get(req.actor ?? null, id);
    const base = this.http.publicUrl.replace(/\/$/, '');
    res.setHeader('Content-Disposition', `attachment; filename="import-${batch.id.slice(0, 8)}-rapport.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.type('text/csv; charset=utf-8').send(importReportCsv(batch.outcomes, (path) => `${base}${path}`));
  }

  /** The body, stopped as soon as it passes the size cap. */
  private readBody(req: RequestWithActor): Promise<Buffer> {
    const tooLarge = () =>
      new DomainError('badUserInput.importTooLarge', { count: Math.round(this.config.maxBytes / 1024 / 1024) });
    if (Number(req.headers['content-length'] ?? 0) > this.config.maxBytes) return Promise.reject(tooLarge());
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > this.config.maxBytes) {
          req.removeAllListeners('data');
          req.resume();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }
}
