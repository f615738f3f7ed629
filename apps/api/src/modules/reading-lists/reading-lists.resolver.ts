import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { PDF_CONFIG, type PdfConfig, pdfExportAvailable } from '../../config/pdf.config';
import { ReadingListInput, ReadingListObject, ReadingListSummaryObject } from './dto/reading-list.objects';
import { ReadingListItemsService } from './reading-list-items.service';
import { ReadingListViewService } from './reading-list-view.service';
import { ReadingListsService } from './reading-lists.service';
import { ReadingListRemindersService } from './reading-list-reminders.service';

@Resolver(() => ReadingListObject)
export class ReadingListsResolver {
  constructor(
    private readonly lists: ReadingListsService,
    private readonly items: ReadingListItemsService,
    private readonly views: ReadingListViewService,
    private readonly reminders: ReadingListRemindersService,
    @Inject(PDF_CONFIG) private readonly pdf: PdfConfig,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the server can make this list’s PDF (export.pdf); false when Chromium is not installed.',
  })
  pdfExportAvailable(): boolean {
    return pdfExportAvailable(this.pdf);
  }

  @Query(() => ReadingListObject, {
    description: 'A reading list by slug; `shareToken` (from a share link) lets anyone read it.',
  })
  readingList(
    @Args('slug') slug: string,
    @Args('shareToken', { type: () => String, nullable: true }) shareToken: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<ReadingListObject> {
    return this.views.view(slug, actor, shareToken);
  }

  @Query(() => [ReadingListSummaryObject], {
    description: 'Lists one may see; `mine`: curated or co-edited; `editable`: those one may add to.',
  })
  readingLists(
    @Args('mine', { defaultValue: false }) mine: boolean,
    @Args('editable', { defaultValue: false }) editable: boolean,
    @Args('resourceSlug', { type: () => String, nullable: true }) resourceSlug: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<ReadingListSummaryObject[]> {
    return this.views.summaries(actor, { mine, editable, resourceSlug });
  }

  @Mutation(() => ReadingListObject)
  async createReadingList(
    @Args('input') input: ReadingListInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<ReadingListObject> {
    return this.views.view(await this.lists.create(actor, input), actor);
  }

  @Mutation(() => ReadingListObject, { description: 'The curator: title, introduction, visibility.' })
  async updateReadingList(
    @Args('slug') slug: string,
    @Args('input') input: ReadingListInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.views.view(await this.lists.update(actor, slug, input), actor);
  }

  @Mutation(() => Int, {
    description:
      'The list’s team: mails everyone the list is for (attendees who answered yes, collaborators, curator) who has read none of it; answers how many.',
  })
  remindReadingListUnread(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<number> {
    return this.reminders.remindUnread(actor, slug);
  }

  @Mutation(() => Boolean)
  deleteReadingList(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return this.lists.delete(actor, slug);
  }

  @Mutation(() => ReadingListObject, { description: 'Adds a resource at the end, with an optional note.' })
  async addReadingListItem(
    @Args('slug') slug: string,
    @Args('resourceSlug') resourceSlug: string,
    @Args('note', { defaultValue: '' }) note: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<ReadingListObject> {
    return this.views.viewById(await this.items.add(actor, slug, resourceSlug, note), actor);
  }

  @Mutation(() => ReadingListObject)
  async updateReadingListItem(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('note') note: string,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.views.viewById(await this.items.setNote(actor, itemId, note), actor);
  }

  @Mutation(() => ReadingListObject)
  async removeReadingListItem(@Args('itemId', { type: () => ID }) itemId: string, @CurrentActor() actor: Actor | null) {
    return this.views.viewById(await this.items.remove(actor, itemId), actor);
  }

  @Mutation(() => ReadingListObject, {
    description: 'Puts the item right after `afterItemId` (first when null). CONFLICT if that item is gone.',
  })
  async moveReadingListItem(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('afterItemId', { type: () => ID, nullable: true }) afterItemId: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<ReadingListObject> {
    return this.views.viewById(await this.items.move(actor, itemId, afterItemId ?? null), actor);
  }

  @Mutation(() => ReadingListObject, { description: 'Marks an item read (or unread) for the signed-in person.' })
  async markReadingListItemRead(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('read') read: boolean,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.views.viewById(await this.items.markRead(actor, itemId, read), actor);
  }

  @Mutation(() => ReadingListObject, { description: 'The curator invites a member who may then edit the items.' })
  async addReadingListCollaborator(
    @Args('slug') slug: string,
    @Args('memberSlug') memberSlug: string,
    @CurrentActor() actor: Actor | null,
  ) {
    await this.lists.setCollaborator(actor, slug, memberSlug, true);
    return this.views.view(slug, actor);
  }

  @Mutation(() => ReadingListObject)
  async removeReadingListCollaborator(
    @Args('slug') slug: string,
    @Args('memberSlug') memberSlug: string,
    @CurrentActor() actor: Actor | null,
  ) {
    await this.lists.setCollaborator(actor, slug, memberSlug, false);
    return this.views.view(slug, actor);
  }

  @Mutation(() => String, { description: 'A new secret read-only link (shown once; the previous link stops working).' })
  createReadingListShareLink(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<string> {
    return this.lists.createShareLink(actor, slug);
  }

  @Mutation(() => ReadingListObject, { description: 'The share link stops working.' })
  async revokeReadingListShareLink(@Args('slug') slug: string, @CurrentActor() actor: Actor | null) {
    await this.lists.revokeShareLink(actor, slug);
    return this.views.view(slug, actor);
  }
}
