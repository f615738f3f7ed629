import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { CurrentActor, GqlContext, type Actor, type GraphqlContext } from '../../common/auth/actor';
import { ForbiddenError } from '../../common/auth/require-actor';
import { AUTH_CONFIG, type AuthConfig } from '../../config/auth.config';
import { MailerService } from '../mail/mailer.service';
import { MemberEntity } from '../organisations/member.entity';
import { presentOrganisation } from '../resources/resource.presenter';
import { AccountsService, InvitationRow, OpenedSession } from './accounts.service';
import {
  DevMailObject,
  InvitationObject,
  InvitationStatus,
  InviteMemberInput,
  ProfileInput,
  ViewerObject,
  WelcomeInput,
} from './dto/account.objects';
import { SESSION_COOKIE, SessionsService } from './sessions.service';
import { WelcomeService } from './welcome.service';

function presentViewer(member: MemberEntity): ViewerObject {
  return {
    id: member.id,
    slug: member.slug,
    name: member.name,
    email: member.email,
    role: member.role,
    title: member.title,
    organisation: presentOrganisation(member.organisation),
    expertise: member.expertise ?? [],
    digestEnabled: member.digestEnabled,
  };
}

@Resolver(() => ViewerObject)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly mailer: MailerService,
    private readonly welcome: WelcomeService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  @Query(() => ViewerObject, { nullable: true, description: 'The signed-in person, or null.' })
  async viewer(@CurrentActor() actor: Actor | null): Promise<ViewerObject | null> {
    const member = await this.accounts.viewer(actor);
    return member && presentViewer(member);
  }

  @Mutation(() => ViewerObject, { description: 'Signs in and sets an HttpOnly session cookie.' })
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @GqlContext() context: GraphqlContext,
  ) {
    return this.startSession(await this.accounts.signIn(email, password, context.req.ip ?? 'unknown'), context);
  }

  @Mutation(() => Boolean)
  async signOut(@CurrentActor() actor: Actor | null, @GqlContext() context: GraphqlContext): Promise<boolean> {
    if (actor) await this.sessions.revoke(actor.sessionHash);
    context.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in person, this one included.' })
  async signOutEverywhere(
    @CurrentActor() actor: Actor | null,
    @GqlContext() context: GraphqlContext,
  ): Promise<boolean> {
    await this.accounts.signOutEverywhere(actor);
    context.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean)
  async changePassword(
    @CurrentActor() actor: Actor | null,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    await this.accounts.changePassword(actor, currentPassword, newPassword);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Always true: whether the address has an account is not revealed.' })
  async requestPasswordReset(@Args('email') email: string, @GqlContext() context: GraphqlContext): Promise<boolean> {
    await this.accounts.requestPasswordReset(email, context.req.ip ?? 'unknown');
    return true;
  }

  @Mutation(() => ViewerObject)
  async resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
    @GqlContext() context: GraphqlContext,
  ) {
    return this.startSession(await this.accounts.resetPassword(token, newPassword), context);
  }

  @Mutation(() => InvitationObject, {
    description: 'Coordinators and admins invite a person, who gets a link by mail.',
  })
  async inviteMember(
    @CurrentActor() actor: Actor | null,
    @Args('input') input: InviteMemberInput,
    @GqlContext() context: GraphqlContext,
  ): Promise<InvitationObject> {
    return this.presentInvitation((await this.accounts.invite(actor, input, context.req.ip ?? 'unknown')).invitation);
  }

  @Query(() => InvitationObject, { nullable: true, description: 'An invitation still valid, for its acceptance page.' })
  async invitation(@Args('token') token: string): Promise<InvitationObject | null> {
    const row = await this.accounts.invitation(token);
    return row && this.presentInvitation(row);
  }

  @Query(() => InvitationStatus, { description: 'What an invitation link is worth, for its page to say why it fails.' })
  invitationStatus(@Args('token') token: string): Promise<InvitationStatus> {
    return this.accounts.invitationStatus(token);
  }

  @Mutation(() => ViewerObject)
  async acceptInvitation(
    @Args('token') token: string,
    @Args('password') password: string,
    @GqlContext() context: GraphqlContext,
  ) {
    return this.startSession(await this.accounts.acceptInvitation(token, password), context);
  }

  @Mutation(() => ViewerObject)
  async updateProfile(@CurrentActor() actor: Actor | null, @Args('input') input: ProfileInput): Promise<ViewerObject> {
    return presentViewer(await this.accounts.updateProfile(actor, input));
  }

  @Mutation(() => ViewerObject, {
    description: 'The welcome step after accepting an invitation (skippable): profile fields and themes to follow.',
  })
  async completeWelcome(
    @CurrentActor() actor: Actor | null,
    @Args('input') input: WelcomeInput,
  ): Promise<ViewerObject> {
    await this.welcome.complete(actor, input);
    return presentViewer((await this.accounts.viewer(actor))!);
  }

  @Query(() => [DevMailObject], { description: 'Development only: the mails the app would have sent.' })
  async devMailbox(): Promise<DevMailObject[]> {
    if (!this.config.devMailbox) throw new ForbiddenError('forbidden.devMailbox');
    return this.mailer.devMailbox();
  }

  private startSession(opened: OpenedSession, context: GraphqlContext): ViewerObject {
    context.res.cookie(SESSION_COOKIE, opened.token, this.sessions.cookieOptions(opened.maxAgeMs));
    return presentViewer(opened.member);
  }

  private async presentInvitation(row: InvitationRow): Promise<InvitationObject> {
    return {
      email: row.email,
      name: row.name,
      role: row.role,
      expiresAt: row.expires_at,
      organisation: presentOrganisation(await this.accounts.organisation(row.organisation_id))!,
    };
  }
}
