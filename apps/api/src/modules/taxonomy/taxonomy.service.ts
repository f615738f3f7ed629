import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, foldAccents } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { resourcesPolicy } from '../resources/resources.policy';
import { DataSource, In } from 'typeorm';
import { AudienceEntity } from './audience.entity';
import { TagEntity } from './tag.entity';
import { ThemeEntity } from './theme.entity';

@Injectable()
export class TaxonomyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  themes(): Promise<ThemeEntity[]> {
    return this.dataSource.manager.find(ThemeEntity, { order: { position: 'ASC', label: 'ASC' } });
  }

  audiences(): Promise<AudienceEntity[]> {
    return this.dataSource.manager.find(AudienceEntity, { order: { position: 'ASC' } });
  }

  themesBySlugs(slugs: string[]): Promise<ThemeEntity[]> {
    return slugs.length ? this.dataSource.manager.findBy(ThemeEntity, { slug: In(slugs) }) : Promise.resolve([]);
  }

  tagsBySlugs(slugs: string[]): Promise<TagEntity[]> {
    return slugs.length ? this.dataSource.manager.findBy(TagEntity, { slug: In(slugs) }) : Promise.resolve([]);
  }

  /**
   * Tags in use by resources the actor may see, alphabetically; with a prefix, those whose normalised form starts with
   * it (for autocompletion). A tag used only by drafts or network resources is not revealed to those who cannot see them.
   */
  async tags(actor: Actor | null, prefix?: string): Promise<TagEntity[]> {
    if (prefix && prefix.length > LIMITS.tagMax)
      throw InvalidInputError.of('prefix', 'maxLength', { max: LIMITS.tagMax });
    const query = this.visibleTags(actor).orderBy('tag.key', 'ASC').limit(100);
    if (prefix?.trim()) {
      const key = foldAccents(prefix.trim())
        .toLowerCase()
        .replace(/[%_\\]/g, '\\$&');
      query.andWhere('tag.key LIKE :prefix', { prefix: `${key}%` });
    }
    return query.getMany();
  }

  /** Of these slugs, those of tags the actor may filter by (used by a resource they may see). */
  async visibleTagSlugs(actor: Actor | null, slugs: string[]): Promise<Set<string>> {
    if (slugs.length === 0) return new Set();
    const tags = await this.visibleTags(actor).andWhere('tag.slug IN (:...slugs)', { slugs }).getMany();
    return new Set(tags.map((tag) => tag.slug));
  }

  private visibleTags(actor: Actor | null) {
    return this.dataSource.manager.createQueryBuilder(TagEntity, 'tag').where(
      `EXISTS (SELECT 1 FROM resource_tags rt JOIN resources r ON r.id = rt.resource_id
                 WHERE rt.tag_id = tag.id AND ${resourcesPolicy.sqlVisible(actor, 'r', ':actorId')})`,
      actor ? { actorId: actor.id } : {},
    );
  }
}
