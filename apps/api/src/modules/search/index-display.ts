import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ResourceType, Visibility } from '@culture-commune/shared';
import type { ResourceObject } from '../resources/dto/resource.object';
import type { ResourceDocument } from '../resources/search/resource-document';
import { fileUrls } from '../files/file-urls';

/**
 * A results page shown from the index alone (decision 0007): when a `search` asks, of each hit's resource, only fields
 * the search document carries, the hits are presented from the documents Meilisearch returns and no SQL statement
 * loads them. Any other field (tags, organisation, whether one may edit, comments…) and the page is loaded from
 * PostgreSQL as before; so is `body`, which the document has but which would make every page's answer heavy. The
 * documents are as fresh as the index, which the filters on visibility already rely on.
 */
const FROM_INDEX = {
  __typename: true,
  id: true,
  slug: true,
  type: true,
  format: true,
  title: true,
  summary: true,
  authors: true,
  publisher: true,
  year: true,
  language: true,
  visibility: true,
  createdAt: true,
  updatedAt: true,
  thumbnailUrl: true,
  themes: new Set(['__typename', 'id', 'slug', 'label', 'labelEn']),
} satisfies Record<string, Set<string> | true>;
const ALLOWED = new Map<string, Set<string> | true>(Object.entries(FROM_INDEX));

/** The document attributes a page shown from the index needs (plus `hasFileText` for the file matches). */
export const DISPLAY_ATTRIBUTES = [
  'id',
  'hasFileText',
  'slug',
  'type',
  'format',
  'title',
  'summary',
  'authors',
  'publisher',
  'year',
  'language',
  'visibility',
  'createdAt',
  'updatedAt',
  'themeCards',
  'thumbnailFileId',
] as const satisfies readonly (keyof ResourceDocument)[];

export type DisplayDocument = Pick<ResourceDocument, 'id'> &
  Partial<Pick<ResourceDocument, (typeof DISPLAY_ATTRIBUTES)[number]>>;

/** Whether this `search` asks only for fields of `hits { resource { … } thumbnailUrl }` that the index carries. */
export function asksOnlyIndexedFields(info: GraphQLResolveInfo): boolean {
  const fieldsOf = (selectionSet: SelectionSetNode | undefined): { name: string; set?: SelectionSetNode }[] =>
    (selectionSet?.selections ?? []).flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [{ name: selection.name.value, set: selection.selectionSet }];
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : (info.fragments[selection.name.value] ?? undefined);
      return fragment ? fieldsOf(fragment.selectionSet) : [];
    });
  const resources = info.fieldNodes
    .flatMap((node) => fieldsOf(node.selectionSet))
    .filter((field) => field.name === 'hits')
    .flatMap((hits) => fieldsOf(hits.set))
    .filter((field) => field.name === 'resource');
  return resources.every((resource) =>
    fieldsOf(resource.set).every(({ name, set }) => {
      const allowed = ALLOWED.get(name);
      if (allowed === true) return true;
      return allowed !== undefined && fieldsOf(set).every((sub) => allowed.has(sub.name));
    }),
  );
}

/** Whether every document has the display attributes (documents indexed before them do not). */
export function displayable(documents: DisplayDocument[]): documents is Required<DisplayDocument>[] {
  return documents.every((document) => document.themeCards !== undefined && document.thumbnailFileId !== undefined);
}

/**
 * A resource as `presentResource` shows it, for the fields `asksOnlyIndexedFields` allows only: the others are never
 * asked for on this path, so they are absent rather than guessed.
 */
export function presentFromIndex(document: Required<DisplayDocument>): ResourceObject {
  const shown: Pick<ResourceObject, Exclude<keyof typeof FROM_INDEX, '__typename'>> = {
    id: document.id,
    slug: document.slug,
    type: document.type as ResourceType,
    format: document.format,
    title: document.title,
    summary: document.summary,
    authors: document.authors,
    publisher: document.publisher,
    year: document.year,
    language: document.language,
    visibility: document.visibility as Visibility,
    createdAt: new Date(document.createdAt),
    updatedAt: new Date(document.updatedAt),
    thumbnailUrl: document.thumbnailFileId ? fileUrls.thumbnail(document.thumbnailFileId) : null,
    // `description` is not among the theme fields this path allows.
    themes: document.themeCards as ResourceObject['themes'],
  };
  return shown as ResourceObject;
}
