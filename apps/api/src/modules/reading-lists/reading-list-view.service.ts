import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { resourcesPolicy } from '../resources/resources.policy';
import {
  ItemAvailability,
  ReadingListItemObject,
  ReadingListObject,
  ReadingListSummaryObject,
} from './dto/reading-list.objects';
import { ExportDetails, exportDetailRows } from './export/export-detail-rows';
import { ItemRow, findListSummaries, itemRows, participantRows } from './reading-list-rows';
import { ReadingListEntity } from './reading-list.entity';
import { ReadingListsService, facts } from './reading-lists.service';
import { readingListsPolicy } from './reading-lists.policy';
import { memberRef } from '../organisations/dto/organisation.objects';

/**
 * An item as the viewer may see it: a resource they may not see (RESTRICTED) shows neither title nor link, nor the
 * note and who added it (both would tell about it).
 */
export function presentItem(row: ItemRow, actor: Actor | null): ReadingListItemObject {
  // A resource in the bin reads as deleted: unavailable, with the title it had when added (decision 0019).
  const deleted = row.resource_id === null || row.resource_deleted_at !== null;
  const visible =
    !deleted &&
    resourcesPolicy.canView(actor, {
      visibility: row.resource_visibility!,
      contributorId: row.contributor_id,
      deletedAt: null,
    });
  const restricted = !deleted && !visible;
  return {
    id: row.id,
    position: row.position,
    note: restricted ? null : row.note,
    addedBy: restricted ? null : memberRef(row.added_by_id, row.added_by_slug, row.added_by_name),
    availability: deleted
      ? ItemAvailability.DELETED
      : restricted
        ? ItemAvailability.RESTRICTED
        : ItemAvailability.AVAILABLE,
    resource: visible
      ? {
          slug: row.slug!,
          title: row.title!,
          type: row.type!,
          format: row.format!,
          year: row.year,
          authors: row.authors ?? [],
          url: row.url,
          summary: row.summary!,
        }
      : null,
    titleSnapshot: deleted ? row.title_snapshot : null,
    viewerRead: row.viewer_read,
  };
}

/** Reading lists as a viewer sees them: items, their own progress and, for the team, who read what. */
@Injectable()
export class ReadingListViewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: ReadingListsService,
  ) {}

  async view(slug: string, actor: Actor | null, shareToken?: string | null): Promise<ReadingListObject> {
    const { list, viaShareLink } = await this.lists.readable(slug, actor, shareToken);
    const manager = this.dataSource.manager;
    const canEdit = !viaShareLink && readingListsPolicy.canEdit(actor, facts(list));
    const canManage = !viaShareLink && readingListsPolicy.canManage(actor, facts(list));
    const [rows, participants] = await Promise.all([
      itemRows(manager, list.id, actor?.id ?? null),
      canEdit ? participantRows(manager, list.id) : [],
    ]);
    return {
      id: list.id,
      slug: list.slug,
      title: list.title,
      intro: list.intro,
      visibility: list.visibility,
      curator: memberRef(list.curator_id, list.curator_slug, list.curator_name),
      collaborators: list.collaborators.map((c) => memberRef(c.id, c.slug, c.name)!),
      items: rows.map((row) => presentItem(row, viaShareLink ? null : actor)),
      viewerRead: rows.filter((row) => row.viewer_read).length,
      participants: participants.map((p) => ({
        member: memberRef(p.id, p.slug, p.name)!,
        read: p.item_ids.length,
        readItemIds: p.item_ids,
      })),
      viewerCanEdit: canEdit,
      viewerCanManage: canManage,
      hasShareLink: canManage && list.share_token_hash !== null,
      viaShareLink,
      version: list.version,
      updatedAt: list.updated_at,
    };
  }

  /** Publisher, language, themes and tags of the readings the view shows (never of a restricted one), for exports. */
  exportDetails(list: ReadingListObject): Promise<Map<string, ExportDetails>> {
    const slugs = list.items.flatMap((item) => (item.resource ? [item.resource.slug] : []));
    return exportDetailRows(this.dataSource.manager, slugs);
  }

  async viewById(id: string, actor: Actor | null): Promise<ReadingListObject> {
    const { slug } = await this.dataSource.manager.findOneOrFail(ReadingListEntity, {
      select: { slug: true },
      where: { id },
    });
    return this.view(slug, actor);
  }

  /**
   * Lists the viewer may see (or only theirs, those they may edit, or those attached to an event), newest change first.
   * `containsResource` only counts a resource the viewer may see: for one they may not, it is false everywhere, as for
   * an unknown slug.
   */
  async summaries(
    actor: Actor | null,
    options: { mine: boolean; editable: boolean; resourceSlug: string | null; eventId?: string },
  ): Promise<ReadingListSummaryObject[]> {
    const rows = await findListSummaries(this.dataSource.manager, actor, {
      mine: options.mine,
      resourceSlug: options.resourceSlug,
      eventId: options.eventId ?? null,
    });
    return rows
      .map((row): ReadingListSummaryObject => ({
        slug: row.slug,
        title: row.title,
        visibility: row.visibility,
        curator: memberRef(row.curator_id, row.curator_slug, row.curator_name),
        itemCount: row.item_count,
        viewerRead: row.viewer_read,
        viewerCanEdit: readingListsPolicy.canEdit(actor, {
          visibility: row.visibility,
          curatorId: row.curator_id,
          collaboratorIds: row.collaborator_ids,
        }),
        containsResource: row.contains,
        updatedAt: row.updated_at,
      }))
      .filter((summary) => !options.editable || summary.viewerCanEdit);
  }
}
