import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { RequestWithActor } from '../../common/auth/actor';
import { SESSION_COOKIE, SessionsService } from './sessions.service';

/** Reads the session cookie once per request and attaches the actor (or null). */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  async use(req: RequestWithActor, _res: Response, next: NextFunction): Promise<void> {
    try {
      req.actor = await this.sessions.actorFor(readCookie(req.headers.cookie, SESSION_COOKIE));
      next();
    } catch (error) {
      next(error);
    }
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      // An undecodable cookie (`%E0%A4%A`) is no session: the request goes on as a visitor's.
      return undefined;
    }
  }
  return undefined;
}
