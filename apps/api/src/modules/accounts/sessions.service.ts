import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AUTH_CONFIG, type AuthConfig } from '../../config/auth.config';
import { findSessionMember } from './account-rows';
import { SessionEntity } from './session.entity';
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
    await manager.insert(SessionEntity, {
      tokenHash: hashToken(token),
      memberId,
      expiresAt: () => `now() + ${maxAgeMs} * interval '1 millisecond'`,
    });
    return { token, maxAgeMs };
  }

  /** The actor for a cookie token: null when unknown, expired or revoked. One query. */
  async actorFor(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const sessionHash = hashToken(token);
    const row = await findSessionMember(this.dataSource.manager, sessionHash);
    return row ? { id: row.id, role: row.role, organisationId: row.organisation_id, sessionHash } : null;
  }

  async revoke(sessionHash: string): Promise<void> {
    await this.dataSource.manager.update(
      SessionEntity,
      { tokenHash: sessionHash, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
  }

  async revokeAll(memberId: string, manager: EntityManager = this.dataSource.manager, except?: string): Promise<void> {
    await manager.update(
      SessionEntity,
      { memberId, revokedAt: IsNull(), ...(except === undefined ? {} : { tokenHash: Not(except) }) },
      { revokedAt: () => 'now()' },
    );
  }

  cookieOptions(maxAgeMs: number) {
    return { httpOnly: true, secure: this.config.secureCookies, sameSite: 'lax' as const, path: '/', maxAge: maxAgeMs };
  }
}
