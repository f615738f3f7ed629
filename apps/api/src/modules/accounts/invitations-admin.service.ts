import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { AuditService } from '../audit/audit.service';
import { MailerService } from '../mail/mailer.service';
import { accountsPolicy } from './accounts.policy';
import type { PendingInvitationObject } from './dto/admin.objects';
import { INVITATION_DAYS, invitationMail } from './invitation-mail';
import { findPendingInvitations, renewInvitation, revokePendingInvitation } from './members-admin-rows';
import { hashToken, newToken } from './tokens';
import { isUuid } from '../../common/uuid';

/** Admin-only: the invitations not accepted yet, resent with a new link or revoked; both audited. */
@Injectable()
export class InvitationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mailer: MailerService,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
  ) {}

  private authorise(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!accountsPolicy.canManageMembers(current)) throw new ForbiddenError('forbidden.adminOnly');
    return current;
  }

  pending(actor: Actor | null): Promise<PendingInvitationObject[]> {
    this.authorise(actor);
    return findPendingInvitations(this.dataSource.manager);
  }

  /** A new token (the old link stops working), a new expiry, and the same mail with the new link. */
  async resend(actor: Actor | null, id: string): Promise<PendingInvitationObject> {
    const current = this.authorise(actor);
    const token = newToken();
    await this.dataSource.transaction(async (manager) => {
      const row = isUuid(id) ? await renewInvitation(manager, id, hashToken(token), INVITATION_DAYS) : null;
      if (!row) throw new NotFoundError('invitation', id);
      const mail = invitationMail(this.http.publicUrl, token, {
        to: row.email,
        name: row.name,
        organisationName: row.organisation_name,
      });
      await this.mailer.send(mail, manager);
      await this.audit.record('invitation.resent', current.id, row.email, {}, manager);
    });
    return (await findPendingInvitations(this.dataSource.manager)).find((invitation) => invitation.id === id)!;
  }

  /** The link stops working; its page then says the invitation was revoked. Answers the revoked invitation's id. */
  async revoke(actor: Actor | null, id: string): Promise<string> {
    const current = this.authorise(actor);
    await this.dataSource.transaction(async (manager) => {
      const email = isUuid(id) ? await revokePendingInvitation(manager, id, current.id) : null;
      if (!email) throw new NotFoundError('invitation', id);
      await this.audit.record('invitation.revoked', current.id, email, {}, manager);
    });
    return id;
  }
}
