import { stemText } from '../../search/french/plural';
import { ResourceEntity } from '../resource.entity';
import { byThemeOrder } from '../resource.presenter';
import type { ResourceFileText } from './resource-file-text';

/** What Meilisearch stores for a resource: searchable text, facet values (slugs) and their labels. */
export interface ResourceDocument {
  id: string;
  version: number;
  slug: string;
  type: string;
  format: string;
  title: string;
  summary: string;
  body: string | null;
  authors: string[];
  publisher: string | null;
  year: number | null;
  language: string;
  visibility: string;
  themes: string[];
  themeLabels: string[];
  audiences: string[];
  audienceLabels: string[];
  tags: string[];
  tagLabels: string[];
  organisation: string | null;
  organisationName: string | null;
  /** The contributor's member id: a member's search also finds their own drafts. */
  contributor: string | null;
  stems: string;
  /** Field use, for "tested in the field" and the sorts by use and by rating. */
  debriefCount: number;
  ratingAverage: number;
  testedInField: boolean;
  createdAt: number;
  updatedAt: number;
  /** The text of its files, one element per page (last searchable attribute; not displayed). */
  fileText: string[];
  /** What a results page shows of its themes, in vocabulary order (search/index-display.ts). */
  themeCards: { id: string; slug: string; label: string; labelEn: string | null }[];
  /** The main file's thumbnail, when it has one. */
  thumbnailFileId: string | null;
  /** Whether `fileText` has any page: a results page asks where the query matched in files only for those. */
  hasFileText: boolean;
}

export function toResourceDocument(
  resource: ResourceEntity,
  files: ResourceFileText = { fileText: [] },
): ResourceDocument {
  return {
    id: resource.id,
    version: resource.version,
    slug: resource.slug,
    type: resource.type,
    format: resource.format,
    title: resource.title,
    summary: resource.summary,
    body: resource.body,
    authors: resource.authors,
    publisher: resource.publisher,
    year: resource.year,
    language: resource.language,
    visibility: resource.visibility,
    themes: resource.themes.map((theme) => theme.slug),
    themeLabels: resource.themes.map((theme) => theme.label),
    audiences: resource.audiences.map((audience) => audience.slug),
    audienceLabels: resource.audiences.map((audience) => audience.label),
    tags: resource.tags.map((tag) => tag.slug),
    tagLabels: resource.tags.map((tag) => tag.label),
    organisation: resource.organisation?.slug ?? null,
    organisationName: resource.organisation?.name ?? null,
    contributor: resource.contributor?.id ?? null,
    debriefCount: resource.debriefStats?.count ?? 0,
    ratingAverage: resource.debriefStats?.averageRating ?? 0,
    testedInField: (resource.debriefStats?.count ?? 0) > 0,
    stems: stemText(
      resource.title,
      resource.summary,
      ...resource.tags.map((tag) => tag.label),
      ...resource.themes.map((theme) => theme.label),
      ...resource.audiences.map((audience) => audience.label),
    ),
    createdAt: resource.createdAt.getTime(),
    updatedAt: resource.updatedAt.getTime(),
    fileText: files.fileText,
    hasFileText: files.fileText.length > 0,
    themeCards: [...resource.themes]
      .sort(byThemeOrder)
      .map(({ id, slug, label, labelEn }) => ({ id, slug, label, labelEn: labelEn ?? null })),
    thumbnailFileId: resource.thumbnailFileId ?? null,
  };
}
