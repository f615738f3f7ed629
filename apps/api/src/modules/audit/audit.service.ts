import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { AuditLogEntryEntity } from './audit-log-entry.entity';

export type AuditAction =
  | 'sign-in.failed'
  | 'sign-in'
  | 'sign-in.deactivated'
  | 'sign-out-everywhere'
  | 'password.changed'
  | 'password.reset'
  | 'invitation.created'
  | 'invitation.accepted'
  | 'invitation.resent'
  | 'invitation.revoked'
  | 'member.deactivated'
  | 'member.reactivated'
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
  | 'job.retried'
  | 'organisation.created'
  | 'organisation.updated'
  | 'organisation.archived'
  | 'organisation.restored'
  | 'organisation.merged'
  | 'backup.completed'
  | 'kit.created'
  | 'kit.updated'
  | 'kit.archived'
  | 'kit-loan.accepted'
  | 'kit-loan.refused'
  | 'kit-loan.cancelled'
  | 'kit-loan.handed-over'
  | 'kit-loan.returned'
  | 'member.contacted'
  | 'report-share-link.created'
  | 'report-share-link.revoked';

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
    await manager.insert(AuditLogEntryEntity, {
      actorId,
      action,
      subject,
      // TypeORM's insert type maps `unknown` values to `{}`; any JSON object is stored as jsonb as it is.
      details: details as QueryDeepPartialEntity<AuditLogEntryEntity>['details'],
    });
  }
}
