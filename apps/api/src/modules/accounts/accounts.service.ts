import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@culture-commune/shared';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, UnauthenticatedError, requireActor } from '../../common/auth/require-actor';
import { freeSlug } from '../../common/database/free-slug';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AUTH_CONFIG, type AuthConfig } from '../../config/auth.config';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { RateLimiter } from '../../security/rate-limits';
import { AuditService } from '../audit/audit.service';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue.service';
import { MailerService } from '../mail/mailer.service';
import { PeopleDirectoryService } from '../directory/people-directory.service';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { accountsPolicy } from './accounts.policy';
import {
  InvitationRow,
  acceptValidInvitation,
  cancelPendingResets,
  expireOtherInvitations,
  findValidInvitation,
  insertInvitation,
  usePasswordReset,
} from './account-rows';
import { InvitationStatus, InviteMemberInput, ProfileInput } from './dto/account.objects';
import { INVITATION_DAYS, invitationMail } from './invitation-mail';
import { isRevokedInvitation } from './members-admin-rows';
import { checkNewPassword, hashPassword, verifyPassword } from './passwords';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionsService } from './sessions.service';
import { hashToken, newToken } from './tokens';

const RESET_MINUTES = 60;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface OpenedSession {
  member: MemberEntity;
  token: string;
  maxAgeMs: number;
}

/** Reset requests are looked at by the job worker, so that known and unknown addresses cost the request the same. */
const RESET_QUEUE = 'password-reset';

@Injectable()
export class AccountsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly mailer: MailerService,
    private readonly audit: AuditService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
    private readonly limiter: RateLimiter,
    private readonly jobs: JobQueue,
    private readonly registry: JobHandlerRegistry,
    private readonly people: PeopleDirectoryService,
  ) {}

  async viewer(actor: Actor | null): Promise<MemberEntity | null> {
    return actor ? this.member(actor.id) : null;
  }

  /** The same refusal whether the email is unknown or the password wrong; failures go to the audit log. */
  async signIn(email: string, password: string, address: string): Promise<OpenedSession> {
    const accountAddress = `${email.trim()}|${address}`;
    await this.limiter.check('signInFailuresPerAddress', address);
    await this.limiter.check('signInFailuresPerAccountAddress', accountAddress);
    const member = await this.withPasswordHash()
      .where('lower(member.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const hash = member?.passwordHash ?? null;
    const valid = member
      ? hash
        ? await verifyPassword(hash, password)
        : this.config.demoPassword !== null && password === this.config.demoPassword
      : await verifyPassword(DUMMY_HASH, password).then(() => false);
    if (!member || !valid) {
      await this.audit.record('sign-in.failed', member?.id ?? null, email.trim().toLowerCase().slice(0, 254));
      // Only failures count: successes never lock anyone out.
      await this.limiter.hit('signInFailuresPerAddress', address);
      await this.limiter.hit('signInFailuresPerAccountAddress', accountAddress);
      throw new UnauthenticatedError('unauthenticated.badCredentials');
    }
    // Said only to whoever knows the password: the message reveals nothing to someone guessing addresses.
    if (member.deactivatedAt) {
      await this.audit.record('sign-in.deactivated', member.id, member.email);
      throw new UnauthenticatedError('unauthenticated.deactivated');
    }
    await this.dataSource.manager.update(MemberEntity, { id: member.id }, { lastSignInAt: () => 'now()' });
    await this.audit.record('sign-in', member.id, member.email);
    return { member: await this.member(member.id), ...(await this.sessions.open(member.id)) };
  }

  async signOutEverywhere(actor: Actor | null): Promise<void> {
    const current = requireActor(actor);
    await this.sessions.revokeAll(current.id);
    await this.audit.record('sign-out-everywhere', current.id, null);
  }

  async changePassword(actor: Actor | null, currentPassword: string, newPassword: string): Promise<void> {
    const current = requireActor(actor);
    const { passwordHash: hash } = await this.withPasswordHash()
      .where('member.id = :id', { id: current.id })
      .getOneOrFail();
    const valid = hash ? await verifyPassword(hash, currentPassword) : currentPassword === this.config.demoPassword;
    if (!valid) throw InvalidInputError.of('currentPassword', 'unknown', { values: '••••' });
    checkNewPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(MemberEntity, { id: current.id }, { passwordHash: await hashPassword(newPassword) });
      // Other devices are signed out; this one stays signed in; reset links asked before no longer work.
      await this.sessions.revokeAll(current.id, manager, current.sessionHash);
      await cancelPendingResets(manager, current.id);
      await this.audit.record('password.changed', current.id, null, {}, manager);
    });
  }

  onModuleInit(): void {
    this.registry.register(RESET_QUEUE, {
      run: (payload) => this.sendPasswordReset(String(payload.email)),
      concurrency: 2,
      maxAttempts: 3,
      timeoutMs: 30_000,
      // The address typed, known or not, is not kept once handled.
      redactWhenDone: true,
      describe: () => 'Demande de réinitialisation de mot de passe',
    });
  }

  /**
   * Always succeeds, whether the address is known or not (no account enumeration): the request only counts the
   * limits and queues the same job for any address, so it does the same work, and takes the same time, either way.
   * The worker then looks the address up and, when it has an account, makes the link and queues the mail.
   */
  async requestPasswordReset(email: string, address: string): Promise<void> {
    await this.limiter.hit('resetPerAddress', address);
    await this.limiter.hit('resetPerEmail', email.trim());
    await this.jobs.enqueue(undefined, RESET_QUEUE, { email: email.trim() });
  }

  private async sendPasswordReset(email: string): Promise<void> {
    const member = await this.dataSource.manager
      .createQueryBuilder(MemberEntity, 'member')
      .where('lower(member.email) = lower(:email)', { email })
      .getOne();
    // A deactivated account gets no mail, and no way back in but reactivation.
    if (!member || member.deactivatedAt) return;
    const token = newToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PasswordResetEntity, {
        tokenHash: hashToken(token),
        memberId: member.id,
        expiresAt: () => `now() + ${RESET_MINUTES} * interval '1 minute'`,
      });
      await this.mailer.send(
        {
          to: member.email,
          subject: 'Culture commune : réinitialiser votre mot de passe',
          text: `Bonjour ${member.name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable ${RESET_MINUTES} minutes, une seule fois) :\n${this.link('/reinitialiser-mot-de-passe', token)}\n\nSi vous n’avez rien demandé, ignorez ce message.`,
        },
        manager,
      );
    });
  }

  /** Uses a reset link once, before it expires; signs the person in and out of every other session. */
  async resetPassword(token: string, newPassword: string): Promise<OpenedSession> {
    checkNewPassword(newPassword);
    const memberId = await this.dataSource.transaction(async (manager) => {
      const resetMemberId = await usePasswordReset(manager, hashToken(token));
      if (!resetMemberId) throw new NotFoundError('passwordResetLink');
      await manager.update(MemberEntity, { id: resetMemberId }, { passwordHash: await hashPassword(newPassword) });
      await this.sessions.revokeAll(resetMemberId, manager);
      // The other links sent meanwhile are cancelled with this one.
      await cancelPendingResets(manager, resetMemberId);
      await this.audit.record('password.reset', resetMemberId, null, {}, manager);
      return resetMemberId;
    });
    return { member: await this.member(memberId), ...(await this.sessions.open(memberId)) };
  }

  async invite(actor: Actor | null, input: InviteMemberInput, address: string): Promise<{ invitation: InvitationRow }> {
    const current = requireActor(actor);
    if (!accountsPolicy.canInvite(current, input.role)) throw new ForbiddenError('forbidden.inviteRole');
    await this.limiter.hit('invitationsPerMember', current.id);
    await this.limiter.hit('invitationsPerAddress', address);
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    if (!EMAIL.test(email)) throw InvalidInputError.of('email', 'email');
    if (!name) throw InvalidInputError.of('name', 'required');
    if (name.length > LIMITS.nameMax) throw InvalidInputError.of('name', 'maxLength', { max: LIMITS.nameMax });
    const organisation = await this.dataSource.manager.findOneBy(OrganisationEntity, { slug: input.organisationSlug });
    if (!organisation) throw InvalidInputError.of('organisationSlug', 'unknown', { values: input.organisationSlug });
    const existing = await this.dataSource.manager
      .createQueryBuilder(MemberEntity, 'member')
      .where('lower(member.email) = :email', { email })
      .getExists();
    if (existing) throw InvalidInputError.of('email', 'unknown', { values: `${email} a déjà un compte` });
    const token = newToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      const row = await insertInvitation(
        manager,
        {
          tokenHash: hashToken(token),
          email,
          name,
          role: input.role,
          organisationId: organisation.id,
          invitedBy: current.id,
        },
        INVITATION_DAYS,
      );
      await this.audit.record(
        'invitation.created',
        current.id,
        email,
        { role: input.role, organisation: organisation.slug },
        manager,
      );
      await this.mailer.send(
        invitationMail(this.http.publicUrl, token, { to: email, name, organisationName: organisation.name }),
        manager,
      );
      return row;
    });
    return { invitation };
  }

  invitation(token: string): Promise<InvitationRow | null> {
    return findValidInvitation(this.dataSource.manager, hashToken(token));
  }

  /** What a link is worth, so that its page can say an admin revoked it rather than « invalid ». */
  async invitationStatus(token: string): Promise<InvitationStatus> {
    if (await this.invitation(token)) return InvitationStatus.VALID;
    return (await isRevokedInvitation(this.dataSource.manager, hashToken(token)))
      ? InvitationStatus.REVOKED
      : InvitationStatus.INVALID;
  }

  async acceptInvitation(token: string, password: string): Promise<OpenedSession> {
    checkNewPassword(password, 'password');
    const memberId = await this.dataSource.transaction(async (manager) => {
      const invitation = await acceptValidInvitation(manager, hashToken(token));
      if (!invitation) throw new NotFoundError('invitation');
      const existing = await manager
        .createQueryBuilder(MemberEntity, 'member')
        .where('lower(member.email) = lower(:email)', { email: invitation.email })
        .getExists();
      if (existing) throw new DomainError('conflict.accountExists', { email: invitation.email });
      // Other invitations to the same address are spent with this one.
      await expireOtherInvitations(manager, invitation.email, invitation.id);
      const inserted = await manager.insert(MemberEntity, {
        slug: await freeSlug(manager, invitation.name, { sources: ['members'], fallback: '' }),
        name: invitation.name,
        email: invitation.email,
        role: invitation.role,
        organisation: { id: invitation.organisation_id },
        passwordHash: await hashPassword(password),
      });
      const memberId: string = inserted.identifiers[0].id;
      await this.audit.record('invitation.accepted', memberId, invitation.email, { role: invitation.role }, manager);
      await this.people.changed(manager, memberId, [invitation.organisation_id]);
      return memberId;
    });
    return { member: await this.member(memberId), ...(await this.sessions.open(memberId)) };
  }

  async updateProfile(actor: Actor | null, input: ProfileInput): Promise<MemberEntity> {
    const current = requireActor(actor);
    const name = input.name.trim();
    if (!name) throw InvalidInputError.of('name', 'required');
    if (name.length > LIMITS.nameMax) throw InvalidInputError.of('name', 'maxLength', { max: LIMITS.nameMax });
    const member = await this.member(current.id);
    const organisation = input.organisationSlug
      ? await this.dataSource.manager.findOneBy(OrganisationEntity, { slug: input.organisationSlug })
      : null;
    if (input.organisationSlug && !organisation)
      throw InvalidInputError.of('organisationSlug', 'unknown', { values: input.organisationSlug });
    const themes = input.expertiseThemeSlugs.length
      ? await this.dataSource.manager.findBy(ThemeEntity, { slug: In(input.expertiseThemeSlugs) })
      : [];
    const unknown = input.expertiseThemeSlugs.filter((slug) => !themes.some((theme) => theme.slug === slug));
    if (unknown.length) throw InvalidInputError.of('expertiseThemeSlugs', 'unknown', { values: unknown.join(', ') });
    const previousOrganisationId = member.organisation?.id;
    Object.assign(member, { name, title: input.title?.trim() || null, organisation, expertise: themes });
    await this.dataSource.transaction(async (manager) => {
      await manager.save(member);
      if (input.directory) await this.people.write(manager, member.id, input.directory);
      await this.people.changed(manager, member.id, [previousOrganisationId, organisation?.id]);
    });
    return this.member(current.id);
  }

  organisation(id: string): Promise<OrganisationEntity> {
    return this.dataSource.manager.findOneByOrFail(OrganisationEntity, { id });
  }

  private member(id: string): Promise<MemberEntity> {
    return this.dataSource.manager.findOneOrFail(MemberEntity, {
      where: { id },
      relations: { organisation: true, expertise: true },
    });
  }

  private link(path: string, token: string): string {
    return `${this.http.publicUrl}${path}?jeton=${encodeURIComponent(token)}`;
  }

  /** Members with their password hash, which is never loaded otherwise. */
  private withPasswordHash() {
    return this.dataSource.manager.createQueryBuilder(MemberEntity, 'member').addSelect('member.passwordHash');
  }
}

export type { InvitationRow } from './account-rows';

/** A real argon2id hash of a random string: unknown emails cost the same time as wrong passwords. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Jc0ZiqhrSybpz3Hsfc9rCXYEUHsdrYZLa0m9A3bVxRU';
