import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { servePrecompressed } from './http-compression';
import { ThemeEntity } from './modules/taxonomy/theme.entity';
import { announcedTheme, withThemeFeedLink } from './web-app-head';

/** Paths the API answers itself; every other GET for a page gets the web app. */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/flux/', '/imports/', '/fichiers/', '/logos/'];
/** Files the API serves under the app's own paths (exports, print page, calendars, kits' photos, the report's PDF). */
const API_FILES = [
  /^\/listes\/[^/]+\/(impression|export\.[a-z]+)$/,
  /^\/rapport\/export\.pdf$/,
  /^\/evenements\/[^/]+\.ics$/,
  /^\/malles\/photos\/[^/]+\.webp$/,
];

/** Serves the built web app from the API's origin, with index.html for the app's own routes. */
export function serveWebApp(app: NestExpressApplication, folder: string): void {
  const root = resolve(folder);
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST ne contient pas de index.html : ${root}`);
  app.use(servePrecompressed(root));
  app.useStaticAssets(root, { index: false, maxAge: '1y', immutable: true, setHeaders: noCacheForHtml });
  // The built page never changes while the process runs: read once, not per request.
  const indexHtml = readFileSync(index, 'utf8');
  const dataSource = app.get(DataSource);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage =
      req.method === 'GET' &&
      !API_PREFIXES.some((prefix) => req.path.startsWith(prefix)) &&
      !API_FILES.some((pattern) => pattern.test(req.path)) &&
      req.accepts('html');
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    const slug = announcedTheme(req.path, new URL(req.originalUrl, 'http://page').searchParams);
    if (!slug) return res.sendFile(index);
    dataSource.manager
      .findOne(ThemeEntity, { select: { slug: true, label: true }, where: { slug } })
      .then((theme) => (theme ? res.type('html').send(withThemeFeedLink(indexHtml, theme)) : res.sendFile(index)))
      .catch(next);
  });
}

function noCacheForHtml(res: Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
