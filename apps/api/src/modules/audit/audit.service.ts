import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type AuditAction =
  | 'sign-in.failed'
  | 'sign-in'
  | 'sign-out-everywhere'
  | 'password.changed'
  | 'password.reset'
  | 'invitation.created'
  | 'invitation.accepted'
  | 'role.changed'
  | 'resource.deleted'
  | 'resource.version-restored'
  | 'resource.restored'
  | 'resource.purged'
  | 'synonyms.changed'
  | 'theme.created'
  | 'theme.updated'
  | 'theme.deleted'
  | 'comment.hidden'
  | 'comment.restored'
  | 'job.retried';

/** An append-only record of sensitive actions, written in the same transaction as the action when there is one. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    action: AuditAction,
    actorId: string | null,
    subject: string | null,
    details: Record<string, unknown> = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(`INSERT INTO audit_log (actor_id, action, subject, details) VALUES ($1, $2, $3, $4)`, [
      actorId,
      action,
      subject,
      JSON.stringify(details),
    ]);
  }
}
