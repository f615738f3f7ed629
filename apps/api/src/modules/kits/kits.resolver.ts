import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import {
  KitBusyPeriodObject,
  KitCalendarLoanObject,
  KitDebriefObject,
  KitInput,
  KitLoanObject,
  KitLoanRequestInput,
  KitLoanStatus,
  KitObject,
  KitReturnCheckLineInput,
} from './dto/kit.objects';
import { OrganisationPageObject } from '../directory/dto/directory.objects';
import { ResourceLinkObject } from '../notifications/dto/notification.objects';
import { KitCalendarService } from './kit-calendar.service';
import { KitLoansService } from './kit-loans.service';
import { presentKit, presentLoan } from './kit-presenters';
import { KitsService } from './kits.service';

@Resolver(() => KitObject)
export class KitsResolver {
  constructor(
    private readonly kitsService: KitsService,
    private readonly loansService: KitLoansService,
    private readonly calendar: KitCalendarService,
  ) {}

  @Query(() => [KitObject], { description: 'Members: the network’s kits (archived ones for their owners and admins).' })
  async kits(@CurrentActor() actor: Actor | null): Promise<KitObject[]> {
    return (await this.kitsService.list(actor)).map((row) => presentKit(actor, row));
  }

  @Query(() => KitObject)
  async kit(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<KitObject> {
    return presentKit(actor, await this.kitsService.get(actor, slug));
  }

  @Query(() => [KitCalendarLoanObject], {
    description: 'Loans holding kits on days of [from, to] (YYYY-MM-DD, 100 days at most), for one kit or all.',
  })
  async kitCalendar(
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('kitSlug', { type: () => String, nullable: true }) kitSlug: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<KitCalendarLoanObject[]> {
    const kitId = kitSlug ? (await this.kitsService.get(actor, kitSlug)).id : null;
    return (await this.calendar.range(actor, from, to, kitId)).map((row) => ({
      kit: { slug: row.kit_slug, name: row.kit_name },
      firstDay: row.first_day,
      lastDay: row.last_day,
      status: row.status as KitLoanStatus,
      organisationName: row.organisation_name,
    }));
  }

  @Query(() => [KitLoanObject], { description: 'The viewer’s loans: those under way first.' })
  async myKitLoans(@CurrentActor() actor: Actor | null): Promise<KitLoanObject[]> {
    return (await this.loansService.mine(actor)).map((row) => presentLoan(actor, row));
  }

  @Query(() => [KitLoanObject], { description: 'Loans to act on of the kits the viewer handles, soonest first.' })
  async kitLoansToHandle(@CurrentActor() actor: Actor | null): Promise<KitLoanObject[]> {
    return (await this.loansService.toHandle(actor)).map((row) => presentLoan(actor, row));
  }

  @ResolveField(() => [KitBusyPeriodObject])
  async busy(
    @Parent() kit: KitObject,
    @Args('month', { type: () => String, nullable: true, description: 'YYYY-MM; this month when absent.' })
    month: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<KitBusyPeriodObject[]> {
    return (await this.calendar.month(actor, month, kit.id)).map((row) => ({
      firstDay: row.first_day,
      lastDay: row.last_day,
      status: row.status as KitLoanStatus,
    }));
  }

  @ResolveField(() => [ResourceLinkObject])
  resources(@Parent() kit: KitObject, @CurrentActor() actor: Actor | null): Promise<ResourceLinkObject[]> {
    return this.calendar.resources(actor, kit.id);
  }

  @ResolveField(() => [KitDebriefObject])
  async debriefs(@Parent() kit: KitObject, @CurrentActor() actor: Actor | null): Promise<KitDebriefObject[]> {
    return (await this.calendar.debriefs(actor, kit.id)).map((row) => ({
      id: row.id,
      resource: row.resource,
      workshopDate: row.workshop_date,
      context: row.context,
      participants: row.participants,
      rating: row.rating,
    }));
  }

  @ResolveField(() => [KitLoanObject])
  async loans(@Parent() kit: KitObject, @CurrentActor() actor: Actor | null): Promise<KitLoanObject[]> {
    const rows = await this.loansService.history(actor, { id: kit.id, organisationId: kit.organisationId });
    return rows.map((row) => presentLoan(actor, row));
  }

  @Mutation(() => KitObject, { description: 'Members of the owner organisation and admins.' })
  async createKit(@Args('input') input: KitInput, @CurrentActor() actor: Actor | null): Promise<KitObject> {
    return presentKit(actor, await this.kitsService.get(actor, await this.kitsService.create(actor, input)));
  }

  @Mutation(() => KitObject, { description: 'Members of the owner organisation and admins.' })
  async updateKit(
    @Args('slug') slug: string,
    @Args('input') input: KitInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<KitObject> {
    return presentKit(actor, await this.kitsService.get(actor, await this.kitsService.update(actor, slug, input)));
  }

  @Mutation(() => KitObject, { description: 'Members of the owner organisation and admins; false restores.' })
  async archiveKit(
    @Args('slug') slug: string,
    @Args('archived', { defaultValue: true }) archived: boolean,
    @CurrentActor() actor: Actor | null,
  ): Promise<KitObject> {
    return presentKit(actor, await this.kitsService.get(actor, await this.kitsService.archive(actor, slug, archived)));
  }

  @Mutation(() => KitLoanObject, { description: 'Any member: asks for a kit for some days.' })
  async requestKitLoan(
    @Args('input') input: KitLoanRequestInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<KitLoanObject> {
    return presentLoan(actor, await this.loansService.request(actor, input));
  }

  @Mutation(() => KitLoanObject, { description: 'Handlers: CONFLICT naming the days when they are taken.' })
  async acceptKitLoan(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null) {
    return presentLoan(actor, await this.loansService.accept(actor, id));
  }

  @Mutation(() => KitLoanObject, { description: 'Handlers, with an optional reason for the borrower.' })
  async refuseKitLoan(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { defaultValue: '' }) reason: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<KitLoanObject> {
    return presentLoan(actor, await this.loansService.refuse(actor, id, reason));
  }

  @Mutation(() => KitLoanObject, { description: 'The borrower or a handler, before hand-over.' })
  async cancelKitLoan(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null) {
    return presentLoan(actor, await this.loansService.cancel(actor, id));
  }

  @Mutation(() => KitLoanObject, { description: 'Handlers: the borrower took the kit.' })
  async handOverKitLoan(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null) {
    return presentLoan(actor, await this.loansService.handOver(actor, id));
  }

  @Mutation(() => KitLoanObject, {
    description: 'Handlers: the kit is back; missing or broken items are kept and added to the kit’s condition notes.',
  })
  async returnKitLoan(
    @Args('id', { type: () => ID }) id: string,
    @Args('check', { type: () => [KitReturnCheckLineInput], defaultValue: [] }) check: KitReturnCheckLineInput[],
    @Args('notes', { defaultValue: '' }) notes: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<KitLoanObject> {
    return presentLoan(actor, await this.loansService.giveBack(actor, id, check, notes));
  }
}

@Resolver(() => OrganisationPageObject)
export class OrganisationKitsResolver {
  constructor(private readonly kitsService: KitsService) {}

  @ResolveField(() => [KitObject], { description: 'The kits it owns and lends (members only; empty for visitors).' })
  async kits(@Parent() page: OrganisationPageObject, @CurrentActor() actor: Actor | null): Promise<KitObject[]> {
    if (!actor) return [];
    return (await this.kitsService.list(actor, page.organisation.id)).map((row) => presentKit(actor, row));
  }
}
