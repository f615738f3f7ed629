import { FORMATS_BY_TYPE, type ResourceType } from '@culture-commune/shared';
import type { LinkPreview } from './link-tools';
import type { ResourceFormValues } from './resource-form-values';

/**
 * The values a link's preview brings to the form: only fields still empty are filled, never what the member typed.
 * The URL is replaced when it held a DOI or an ISBN (not an address), by the address the look-up found. Language
 * is filled unless the member changed it from the form's default.
 */
export function fillFromPreview(
  values: ResourceFormValues,
  preview: LinkPreview,
  defaults: Pick<ResourceFormValues, 'language'>,
): Partial<ResourceFormValues> {
  const changes: Partial<ResourceFormValues> = {};
  const fill = (field: 'title' | 'summary' | 'publisher' | 'authors' | 'year', value: string | null | undefined) => {
    if (value && values[field].trim() === '') changes[field] = value;
  };
  fill('title', preview.title);
  fill('summary', preview.summary);
  fill('publisher', preview.publisher);
  fill('authors', preview.authors.join(', '));
  fill('year', preview.year?.toString());
  if (preview.language && values.language === defaults.language) changes.language = preview.language;
  if (!/^https?:\/\//i.test(values.url.trim())) changes.url = preview.url;
  const type = values.type || preview.type || '';
  if (!values.type && preview.type) changes.type = preview.type;
  const formats = FORMATS_BY_TYPE[type as ResourceType] ?? [];
  if (!values.format && preview.format && formats.includes(preview.format)) changes.format = preview.format;
  return changes;
}
