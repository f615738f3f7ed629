import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, foldAccents } from '@culture-commune/shared';
import { InvalidInputError } from '../../common/errors/domain-errors';
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

  /** Tags in use, alphabetically; with a prefix, those whose normalised form starts with it (for autocompletion). */
  async tags(prefix?: string): Promise<TagEntity[]> {
    if (prefix && prefix.length > LIMITS.tagMax)
      throw InvalidInputError.of('prefix', 'maxLength', { max: LIMITS.tagMax });
    const query = this.dataSource.manager
      .createQueryBuilder(TagEntity, 'tag')
      .where('EXISTS (SELECT 1 FROM resource_tags rt WHERE rt.tag_id = tag.id)')
      .orderBy('tag.key', 'ASC')
      .limit(100);
    if (prefix?.trim()) {
      const key = foldAccents(prefix.trim())
        .toLowerCase()
        .replace(/[%_\\]/g, '\\$&');
      query.andWhere('tag.key LIKE :prefix', { prefix: `${key}%` });
    }
    return query.getMany();
  }
}
