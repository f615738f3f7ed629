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
  __typename: [],
  id: [],
  slug: ['slug'],
  type: ['type'],
  format: ['format'],
  title: ['title'],
  summary: ['summary'],
  authors: ['authors'],
  publisher: ['publisher'],
  year: ['year'],
  language: ['language'],
  visibility: ['visibility'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  thumbnailUrl: ['thumbnailFileId'],
  themes: { fields: new Set(['__typename', 'id', 'slug', 'label', 'labelEn']), attributes: ['themeCards'] },
} satisfies Record<string, DisplayAttribute[] | { fields: Set<string>; attributes: DisplayAttribute[] }>;
const ALLOWED = new Map<string, DisplayAttribute[] | { fields: Set<string>; attributes: DisplayAttribute[] }>(
  Object.entries(FROM_INDEX),
);

/** What every search retrieves: the hit's id, and whether its files have text (for the file matches). */
const ALWAYS: DisplayAttribute[] = ['id', 'hasFileText'];

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

export type DisplayAttribute = (typeof DISPLAY_ATTRIBUTES)[number];

export type DisplayDocument = Pick<ResourceDocument, 'id'> & Partial<Pick<ResourceDocument, DisplayAttribute>>;

/**
 * The document attributes to retrieve when this `search` asks, of `hits { resource { … } thumbnailUrl }`, only for
 * fields the index carries: only those the selection shows, since Meilisearch answers each retrieved attribute twice
 * (as is and in `_formatted`; the highlighted title and summary come in `_formatted` whether retrieved or not). Null
 * when some field is not in the documents: the page is then loaded from PostgreSQL.
 */
export function indexAttributes(info: GraphQLResolveInfo): DisplayAttribute[] | null {
  const fieldsOf = (selectionSet: SelectionSetNode | undefined): { name: string; set?: SelectionSetNode }[] =>
    (selectionSet?.selections ?? []).flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [{ name: selection.name.value, set: selection.selectionSet }];
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : (info.fragments[selection.name.value] ?? undefined);
      return fragment ? fieldsOf(fragment.selectionSet) : [];
    });
  const hits = info.fieldNodes
    .flatMap((node) => fieldsOf(node.selectionSet))
    .filter((field) => field.name === 'hits')
    .flatMap((field) => fieldsOf(field.set));
  const attributes = new Set<DisplayAttribute>(ALWAYS);
  // The hit's thumbnail is its resource's.
  if (hits.some((field) => field.name === 'thumbnailUrl')) attributes.add('thumbnailFileId');
  for (const resource of hits.filter((field) => field.name === 'resource')) {
    for (const { name, set } of fieldsOf(resource.set)) {
      const allowed = ALLOWED.get(name);
      if (allowed === undefined) return null;
      if (Array.isArray(allowed)) {
        allowed.forEach((attribute) => attributes.add(attribute));
        continue;
      }
      if (!fieldsOf(set).every((sub) => allowed.fields.has(sub.name))) return null;
      allowed.attributes.forEach((attribute) => attributes.add(attribute));
    }
  }
  return DISPLAY_ATTRIBUTES.filter((attribute) => attributes.has(attribute));
}

/** Attributes documents indexed before decision 0007's display fields lack. */
const RECENT: DisplayAttribute[] = ['themeCards', 'thumbnailFileId'];

/** Whether every document has the retrieved `attributes` (documents indexed before some of them do not). */
export function displayable(documents: DisplayDocument[], attributes: readonly DisplayAttribute[]): boolean {
  const needed = RECENT.filter((attribute) => attributes.includes(attribute));
  return documents.every((document) => needed.every((attribute) => document[attribute] !== undefined));
}

/**
 * A resource as `presentResource` shows it, for the fields `indexAttributes` allows only: the others are never
 * asked for on this path, so they are absent rather than guessed (and so is any field the selection does not show,
 * whose attribute was not retrieved).
 */
export function presentFromIndex(retrieved: DisplayDocument): ResourceObject {
  const document = retrieved as Required<DisplayDocument>;
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
    createdAt: document.createdAt === undefined ? undefined! : new Date(document.createdAt),
    updatedAt: document.updatedAt === undefined ? undefined! : new Date(document.updatedAt),
    thumbnailUrl: document.thumbnailFileId ? fileUrls.thumbnail(document.thumbnailFileId) : null,
    // `description` is not among the theme fields this path allows.
    themes: document.themeCards as ResourceObject['themes'],
  };
  return shown as ResourceObject;
}
