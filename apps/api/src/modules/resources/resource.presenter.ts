import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { MemberObject, OrganisationObject } from '../organisations/dto/organisation.objects';
import { ResourceObject } from './dto/resource.object';
import type { Actor } from '../../common/auth/actor';
import { ResourceEntity } from './resource.entity';
import type { ThemeEntity } from '../taxonomy/theme.entity';
import { resourcesPolicy } from './resources.policy';
import { fileUrls } from '../files/file-urls';

/** One collator for every resource shown (`localeCompare` with a locale looks one up per comparison). */
const FRENCH = new Intl.Collator('fr');

/** Themes in vocabulary order, as a resource shows them (its page, its search document). */
export function byThemeOrder(a: ThemeEntity, b: ThemeEntity): number {
  return a.position - b.position || a.label.localeCompare(b.label);
}

export function presentOrganisation(entity: OrganisationEntity | null): OrganisationObject | null {
  if (!entity) return null;
  const { id, slug, name, kind, city, description } = entity;
  return { id, slug, name, kind, city, description };
}

export function presentMember(entity: MemberEntity | null): MemberObject | null {
  if (!entity) return null;
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    title: entity.title,
    organisation: presentOrganisation(entity.organisation ?? null),
  };
}

/**
 * Shapes a resource row (loaded with its relations) for the API: themes and audiences in vocabulary order, and
 * whether the actor may change it (so that the interface offers « Modifier » only to them).
 */
export function presentResource(entity: ResourceEntity, actor: Actor | null): ResourceObject {
  return {
    debriefSummary: entity.debriefStats ?? { count: 0, participants: 0, averageRating: null },
    viewerCanEdit: resourcesPolicy.canEdit(actor, {
      visibility: entity.visibility,
      contributorId: entity.contributor?.id ?? null,
      deletedAt: entity.deletedAt ?? null,
    }),
    id: entity.id,
    slug: entity.slug,
    type: entity.type,
    format: entity.format,
    title: entity.title,
    summary: entity.summary,
    body: entity.body,
    url: entity.url,
    authors: entity.authors,
    authorKinds: entity.authors.flatMap((name) => {
      const kind = entity.authorKinds?.[name];
      return kind ? [{ name, kind }] : [];
    }),
    publisher: entity.publisher,
    year: entity.year,
    language: entity.language,
    licence: entity.licence,
    durationMinutes: entity.durationMinutes,
    visibility: entity.visibility,
    themes: [...(entity.themes ?? [])].sort(byThemeOrder),
    audiences: [...(entity.audiences ?? [])].sort((a, b) => a.position - b.position),
    tags: [...(entity.tags ?? [])].sort((a, b) => FRENCH.compare(a.label, b.label)),
    organisation: presentOrganisation(entity.organisation),
    contributor: presentMember(entity.contributor),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    thumbnailUrl: entity.thumbnailFileId ? fileUrls.thumbnail(entity.thumbnailFileId) : null,
  };
}
