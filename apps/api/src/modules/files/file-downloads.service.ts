import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import { findFileAccess, type FileAccessRow } from './file-rows';
import { filesPolicy } from './files.policy';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage';
import { contentDisposition, parseRange } from './http-file-headers';
import { uuidOrNull } from './uploads.service';

/**
 * Serves a file's bytes or its thumbnail to whoever may see its resource (files.policy), with the headers that keep a
 * hostile file harmless: its stored type, attachment (a PDF may open inline, sandboxed), nosniff. Anyone else, and
 * a missing file, get the same 404.
 */
@Injectable()
export class FileDownloadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async send(
    actor: Actor | null,
    id: string,
    options: { thumbnail: boolean; preview: boolean },
    req: Request,
    res: Response,
  ): Promise<void> {
    const key = uuidOrNull(id);
    const file = key ? await findFileAccess(this.dataSource.manager, key) : null;
    if (!file || !filesPolicy.canDownload(actor, file)) throw new NotFoundError('file', id);
    if (options.thumbnail) return this.sendThumbnail(file, req, res);
    const size = Number(file.size);
    const etag = `"${file.sha256}"`;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', file.public ? 'private, max-age=0, must-revalidate' : 'private, no-store');
    res.setHeader('ETag', etag);
    res.setHeader('Accept-Ranges', 'bytes');
    const inline = options.preview && file.mediaType === 'application/pdf';
    res.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', file.fileName));
    if (inline) res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    const range = parseRange(req.headers.range, size, req.get('if-range'), etag);
    if (range === 'unsatisfiable') {
      res.removeHeader('Content-Disposition');
      res.setHeader('Content-Range', `bytes */${size}`);
      res.status(416).end();
      return;
    }
    res.type(file.mediaType);
    if (range) {
      res.status(206);
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.setHeader('Content-Length', String(size));
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(await this.storage.read(file.storageKey, range ?? undefined), res);
  }

  private async sendThumbnail(file: FileAccessRow, req: Request, res: Response): Promise<void> {
    if (!file.thumbnailKey) throw new NotFoundError('file', file.id);
    const etag = `"${file.sha256}-vignette"`;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', file.public ? 'private, max-age=0, must-revalidate' : 'private, no-store');
    res.setHeader('ETag', etag);
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.type('image/webp');
    await pipeline(await this.storage.read(file.thumbnailKey), res);
  }
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((value) => value.trim().replace(/^W\//, ''))
    .some((value) => value === etag || value === '*');
}
