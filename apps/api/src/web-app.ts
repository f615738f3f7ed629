import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { servePrecompressed } from './http-compression';
import { ThemeEntity } from './modules/taxonomy/theme.entity';
import { announcedTheme, withThemeFeedLink } from './web-app-head';
import { resourcePageSlug, withResourceHead } from './web-app-resource-head';
import { publicResourceForPreview } from './web-app-rows';
import { PagePreloader, embedPreload } from './web-app-preload';
import { resourceShell, searchShell, withShell } from './web-app-shell';
import { parseSearchUrl, searchPageVariables } from '@culture-commune/shared';
import { readCookie } from './modules/accounts/session.middleware';
import { SESSION_COOKIE } from './modules/accounts/sessions.service';
import { HTTP_CONFIG, type HttpConfig } from './config/http.config';

/** Paths the API answers itself; every other GET for a page gets the web app. */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/flux/', '/imports/', '/fichiers/', '/logos/'];
/** Files the API serves under the app's own paths (exports, print page, calendars, kits' photos, the report's PDF and ODS). */
const API_FILES = [
  /^\/listes\/[^/]+\/(impression|export\.[a-z]+)$/,
  /^\/rapport\/export\.(pdf|ods)$/,
  /^\/evenements\/[^/]+\.ics$/,
  /^\/malles\/photos\/[^/]+\.webp$/,
];

/** Who is there (nobody: only visitors' pages are preloaded), for the header: a preloaded page asks nothing at first. */
const VIEWER_OPERATION = { name: 'viewer', variables: {} };

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
  const { publicUrl } = app.get<HttpConfig>(HTTP_CONFIG);
  const preloader = new PagePreloader(app, root);
  const loader = firstPaintLoader(root);
  /**
   * index.html with what this page announces in its head (a theme's feed, a resource's preview) and, for a visitor,
   * the data of a public resource's page; null for the page as built.
   */
  const pageHtml = async (req: Request, res: Response): Promise<string | null> => {
    // A member's pages depend on who they are (drafts, reactions, what they may edit): theirs load as usual.
    const visitor = !readCookie(req.headers.cookie, SESSION_COOKIE);
    if (req.path === '/') {
      const params = new URL(req.originalUrl, 'http://page').searchParams;
      let html = indexHtml;
      const themeSlug = announcedTheme(req.path, params);
      const theme =
        themeSlug &&
        (await dataSource.manager.findOne(ThemeEntity, {
          select: { slug: true, label: true },
          where: { slug: themeSlug },
        }));
      if (theme) html = withThemeFeedLink(html, theme);
      // The first results of the address's search, with the very variables the page builds from it.
      if (visitor) {
        const state = parseSearchUrl(params);
        const preloaded = await preloader.answers(
          [{ name: 'search', variables: searchPageVariables(state) }, VIEWER_OPERATION],
          req,
          res,
        );
        const search = preloaded.find(({ operation }) => operation === 'search');
        // The first results painted from the HTML, before the app's code has run (decision 0051); with them, in the
        // app's cache, who is there. No results (the search refused or down): the page as built.
        if (search)
          html = withShell(embedPreload(html, preloader.script(preloaded)), searchShell(search.data, state), loader);
      }
      return html === indexHtml ? null : html;
    }
    const resourceSlug = resourcePageSlug(req.path);
    if (!resourceSlug) return null;
    const resource = await publicResourceForPreview(dataSource.manager, resourceSlug);
    if (!resource) return null;
    const html = withResourceHead(indexHtml, resource, publicUrl);
    if (!visitor) return html;
    // The page's one query (decision 0050): the resource with its sections and discussion, counting the view as the
    // page does.
    const operations = [{ name: 'resource', variables: { slug: resource.slug, countView: true } }, VIEWER_OPERATION];
    const preloaded = await preloader.answers(operations, req, res);
    const page = preloaded.find(({ operation }) => operation === 'resource');
    // Its title and summary painted from the HTML, before the app's code has run (decision 0051).
    return page ? withShell(embedPreload(html, preloader.script(preloaded)), resourceShell(page.data), loader) : html;
  };
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage =
      req.method === 'GET' &&
      !API_PREFIXES.some((prefix) => req.path.startsWith(prefix)) &&
      !API_FILES.some((pattern) => pattern.test(req.path)) &&
      req.accepts('html');
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    pageHtml(req, res)
      .then((html) => (html ? res.type('html').send(html) : res.sendFile(index)))
      .catch(next);
  });
}

/** The build's first-paint loader (apps/web/tools/first-paint-plugin.ts, decision 0054); null for an older build. */
function firstPaintLoader(root: string): string | null {
  const file = join(root, 'preload', 'first-paint.json');
  if (!existsSync(file)) return null;
  const { script } = JSON.parse(readFileSync(file, 'utf8')) as { script?: unknown };
  return typeof script === 'string' && /^\/assets\/[\w.-]+\.js$/.test(script) ? script : null;
}

function noCacheForHtml(res: Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
