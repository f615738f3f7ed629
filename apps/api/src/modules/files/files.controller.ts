import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestWithActor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-errors';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { FileDownloadsService } from './file-downloads.service';
import { LinkedFilesService } from './linked-files.service';
import { UploadsService, type UploadState, type UploadedFile } from './uploads.service';

/**
 * Uploads in parts and downloads (decision 0022). Errors in plain text with their status.
 *
 * - `POST /fichiers/televersements` JSON `{ nom, taille }` → `{ id, nom, taille, tailleParties, nombreParties,
 *   partiesRecues }`;
 * - `GET /fichiers/televersements/<id>` → the same state, to resume after a broken connection;
 * - `PUT /fichiers/televersements/<id>/parties/<n>` (n from 1), body: exactly the part's bytes as
 *   `application/octet-stream` (a type a form cannot send: another site cannot post with the person's cookie) → state;
 * - `POST /fichiers/televersements/<id>/fin` → `{ id, fileName, mediaType, size }`, the file to attach in GraphQL;
 * - `POST /fichiers/depuis-lien` JSON `{ url }` → the same answer as « fin »: the server fetches the link (a PDF the form
 *   found) through the link guard and keeps it like an upload (decision 0026);
 * - `GET /fichiers/<id>/vignette.webp` and `GET /fichiers/<id>/<nom>` (`?apercu=1`: a PDF inline, sandboxed).
 */
@Controller('fichiers')
@UseFilters(new RestErrorFilter('text'))
export class FilesController {
  constructor(
    private readonly uploads: UploadsService,
    private readonly downloads: FileDownloadsService,
    private readonly linked: LinkedFilesService,
  ) {}

  @Post('televersements')
  start(@Body() body: { nom?: unknown; taille?: unknown }, @Req() req: RequestWithActor): Promise<UploadState> {
    // JSON only: a cross-site form can send neither JSON nor octet-stream without the browser asking first.
    if (!req.is('application/json')) throw new DomainError('badUserInput.fileFormat');
    return this.uploads.start(req.actor ?? null, body ?? {});
  }

  @Get('televersements/:id')
  state(@Param('id') id: string, @Req() req: RequestWithActor): Promise<UploadState> {
    return this.uploads.state(req.actor ?? null, id);
  }

  @Put('televersements/:id/parties/:n')
  async part(@Param('id') id: string, @Param('n') n: string, @Req() req: RequestWithActor): Promise<UploadState> {
    if (!req.is('application/octet-stream')) throw new DomainError('badUserInput.fileFormat');
    // Who may send, and the part's exact length, are checked before the body is read.
    this.uploads.checkUploader(req.actor ?? null);
    const length = Number(req.headers['content-length'] ?? -1);
    return this.uploads.putPart(req.actor ?? null, id, Number(n), req, length);
  }

  @Post('televersements/:id/fin')
  @HttpCode(200)
  finish(@Param('id') id: string, @Req() req: RequestWithActor): Promise<UploadedFile> {
    return this.uploads.finish(req.actor ?? null, id);
  }

  @Post('depuis-lien')
  @HttpCode(200)
  fromLink(@Body() body: { url?: unknown }, @Req() req: RequestWithActor): Promise<UploadedFile> {
    // JSON only, as for starting an upload: a cross-site form cannot make the server fetch for the person.
    if (!req.is('application/json')) throw new DomainError('badUserInput.fileFormat');
    return this.linked.fromLink(req.actor ?? null, body ?? {});
  }

  @Get(':id/vignette.webp')
  async thumbnail(@Param('id') id: string, @Req() req: RequestWithActor, @Res() res: Response): Promise<void> {
    await this.downloads.send(req.actor ?? null, id, { thumbnail: true, preview: false }, req, res);
  }

  @Get(':id/:name')
  async download(
    @Param('id') id: string,
    @Query('apercu') preview: string | undefined,
    @Req() req: RequestWithActor,
    @Res() res: Response,
  ): Promise<void> {
    await this.downloads.send(req.actor ?? null, id, { thumbnail: false, preview: preview === '1' }, req, res);
  }
}
