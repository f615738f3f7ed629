import { ResourceDraft, ValidationIssue, cleanTagLabel, slugify, tagKey } from '@culture-commune/shared';
import { EntityManager, In } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AudienceEntity } from '../taxonomy/audience.entity';
import { TagEntity } from '../taxonomy/tag.entity';
import { insertMissingTags } from './resource-rows';
import { ThemeEntity } from '../taxonomy/theme.entity';

export interface ResolvedReferences {
  themes: ThemeEntity[];
  audiences: AudienceEntity[];
  organisation: OrganisationEntity | null;
}

/** Looks up the themes, audiences and organisation a draft names; unknown slugs become issues naming the field. */
export async function resolveReferences(
  manager: EntityManager,
  draft: ResourceDraft,
): Promise<{ references: ResolvedReferences; issues: ValidationIssue[] }> {
  const issues: ValidationIssue[] = [];
  const themeSlugs = [...new Set(draft.themeSlugs)];
  const themes = themeSlugs.length ? await manager.findBy(ThemeEntity, { slug: In(themeSlugs) }) : [];
  const unknownThemes = themeSlugs.filter((slug) => !themes.some((theme) => theme.slug === slug));
  if (unknownThemes.length)
    issues.push({ field: 'themeSlugs', rule: 'unknown', params: { values: unknownThemes.join(', ') } });

  const audienceSlugs = [...new Set(draft.audienceSlugs)];
  const audiences = audienceSlugs.length ? await manager.findBy(AudienceEntity, { slug: In(audienceSlugs) }) : [];

  let organisation: OrganisationEntity | null = null;
  if (draft.organisationSlug) {
    organisation = await manager.findOneBy(OrganisationEntity, { slug: draft.organisationSlug });
    if (!organisation)
      issues.push({ field: 'organisationSlug', rule: 'unknown', params: { values: draft.organisationSlug } });
  }
  return { references: { themes, audiences, organisation }, issues };
}

/** Finds or creates the tags of a draft: "Fake news" and "fake  news" resolve to the same row. */
export async function upsertTags(manager: EntityManager, labels: string[]): Promise<TagEntity[]> {
  const byKey = new Map<string, string>();
  for (const label of labels.map(cleanTagLabel).filter(Boolean)) {
    if (!byKey.has(tagKey(label))) byKey.set(tagKey(label), label);
  }
  if (byKey.size === 0) return [];
  const keys = [...byKey.keys()];
  await insertMissingTags(
    manager,
    keys.map((key) => ({ label: byKey.get(key)!, key, slug: slugify(key) })),
  );
  return manager.findBy(TagEntity, { key: In(keys) });
}
