import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/**
 * Every compressible response — GraphQL answers, pages, feeds, calendars, exports — leaves in Brotli (quality 4) or
 * gzip, as the client accepts, above 1 KiB. File downloads keep their bytes: ranges, ETags and lengths stay exact,
 * and their formats are compressed already.
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req: Request, res: Response) => !req.path.startsWith('/fichiers/') && compression.filter(req, res),
  });
}

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Hashed assets the web build compressed ahead of time (`<file>.br`, `<file>.gz`, see apps/web/tools): sent as they
 * are, with the original's type and a year-long immutable cache, when the client accepts the encoding. Anything else
 * goes on to the static files and the on-the-fly compression.
 */
export function servePrecompressed(root: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    const relative = normalize(decodeURIComponent(req.path)).replace(/^[/\\]+/, '');
    if (relative.split(sep).includes('..')) return next();
    // Brotli whenever the client takes it (smaller), else gzip, as the on-the-fly compression prefers too.
    const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name);
    res.vary('Accept-Encoding');
    if (!encoding || !existsSync(join(root, relative + encoding.suffix))) return next();
    res.setHeader('Content-Encoding', encoding.name);
    res.type(extname(relative));
    res.sendFile(relative + encoding.suffix, {
      root,
      maxAge: '1y',
      immutable: true,
      // The type is the original's, set above; not the one of `.br` / `.gz`.
      headers: { 'Content-Type': res.getHeader('Content-Type') as string },
    });
  };
}
