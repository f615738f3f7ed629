import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@culture-commune/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AUTH_CONFIG, type AuthConfig } from '../../config/auth.config';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'cc_session';

/** Sessions live in PostgreSQL (any API replica can check them); the cookie holds a token whose hash is the key. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  async open(
    memberId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ token: string; maxAgeMs: number }> {
    const token = newToken();
    const maxAgeMs = this.config.sessionDays * 24 * 3600 * 1000;
    await manager.query(
      `INSERT INTO sessions (token_hash, member_id, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')`,
      [hashToken(token), memberId, maxAgeMs],
    );
    return { token, maxAgeMs };
  }

  /** The actor for a cookie token: null when unknown, expired or revoked. One query. */
  async actorFor(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const sessionHash = hashToken(token);
    const [row]: { id: string; role: Role; organisation_id: string | null }[] = await this.dataSource.query(
      `SELECT m.id, m.role, m.organisation_id FROM sessions s JOIN members m ON m.id = s.member_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [sessionHash],
    );
    return row ? { id: row.id, role: row.role, organisationId: row.organisation_id, sessionHash } : null;
  }

  async revoke(sessionHash: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [
      sessionHash,
    ]);
  }

  async revokeAll(memberId: string, manager: EntityManager = this.dataSource.manager, except?: string): Promise<void> {
    await manager.query(
      `UPDATE sessions SET revoked_at = now() WHERE member_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR token_hash <> $2)`,
      [memberId, except ?? null],
    );
  }

  cookieOptions(maxAgeMs: number) {
    return { httpOnly: true, secure: this.config.secureCookies, sameSite: 'lax' as const, path: '/', maxAge: maxAgeMs };
  }
}
