import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slugify } from '@culture-commune/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { MemberExpertiseEntity } from '../organisations/member-expertise.entity';
import { OutboxService } from '../outbox/outbox.service';
import { ResourceThemeEntity } from '../resources/resource-theme.entity';
import { RESOURCE_TOPIC } from '../resources/search/resource-index.definition';
import { THEME_TOPIC } from './search/theme-index.definition';
import { ThemeEntity } from './theme.entity';
import { taxonomyPolicy } from './taxonomy.policy';

const LABEL_MAX = 120;
const DESCRIPTION_MAX = 500;

export interface ThemeDraft {
  label: string;
  /** Optional: the English interface shows it, else the French label. */
  labelEn?: string | null;
  description?: string | null;
}

/** Coordinators and admins curate the themes; each change reaches the theme index and the resources that use it. */
@Injectable()
export class ThemesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor | null, draft: ThemeDraft): Promise<ThemeEntity> {
    const current = this.authorise(actor);
    const { label, labelEn, description } = this.validate(draft);
    return this.dataSource.transaction(async (manager) => {
      const slug = slugify(label);
      if (await manager.findOneBy(ThemeEntity, { slug }))
        throw InvalidInputError.of('label', 'unknown', { values: `« ${label} » existe déjà` });
      const { next } = (await manager
        .createQueryBuilder(ThemeEntity, 'theme')
        .select('coalesce(max(theme.position), -1) + 1', 'next')
        .getRawOne<{ next: number }>())!;
      const theme = await manager.save(
        manager.create(ThemeEntity, { slug, label, labelEn: labelEn ?? null, description, position: next }),
      );
      await this.outbox.enqueue(manager, THEME_TOPIC, [theme.id]);
      await this.audit.record('theme.created', current.id, slug, { label }, manager);
      return theme;
    });
  }

  /** The label and description change; the slug stays, so filters and links keep working. */
  async update(actor: Actor | null, slug: string, draft: ThemeDraft): Promise<ThemeEntity> {
    const current = this.authorise(actor);
    const { label, labelEn, description } = this.validate(draft);
    return this.dataSource.transaction(async (manager) => {
      const theme = await this.find(manager, slug);
      // An input without `labelEn` (an older client) keeps the English label; an empty one removes it.
      Object.assign(theme, { label, description }, labelEn === undefined ? {} : { labelEn });
      await manager.save(theme);
      await this.outbox.enqueue(manager, THEME_TOPIC, [theme.id]);
      await this.reindexResourcesOf(manager, theme.id);
      await this.audit.record('theme.updated', current.id, slug, { label, labelEn }, manager);
      return theme;
    });
  }

  /** Only an unused theme can be deleted: resources never lose their classification silently. */
  async delete(actor: Actor | null, slug: string): Promise<boolean> {
    const current = this.authorise(actor);
    await this.dataSource.transaction(async (manager) => {
      const theme = await this.find(manager, slug);
      const n = await manager.countBy(ResourceThemeEntity, { themeId: theme.id });
      if (n > 0)
        throw InvalidInputError.of('slug', 'unknown', {
          values: `le thème est utilisé par ${n} ressource${n > 1 ? 's' : ''}`,
        });
      await manager.delete(MemberExpertiseEntity, { themeId: theme.id });
      await manager.delete(ThemeEntity, { id: theme.id });
      await this.outbox.enqueue(manager, THEME_TOPIC, [theme.id]);
      await this.audit.record('theme.deleted', current.id, slug, {}, manager);
    });
    return true;
  }

  private authorise(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!taxonomyPolicy.canManageThemes(current)) throw new ForbiddenError('forbidden.themeManager');
    return current;
  }

  private validate(draft: ThemeDraft): {
    label: string;
    labelEn: string | null | undefined;
    description: string | null;
  } {
    const label = draft.label.trim().replace(/\s+/g, ' ');
    const labelEn = draft.labelEn === undefined ? undefined : draft.labelEn?.trim().replace(/\s+/g, ' ') || null;
    const description = draft.description?.trim() || null;
    if (!label) throw InvalidInputError.of('label', 'required');
    if (label.length > LABEL_MAX) throw InvalidInputError.of('label', 'maxLength', { max: LABEL_MAX });
    if (labelEn && labelEn.length > LABEL_MAX) throw InvalidInputError.of('labelEn', 'maxLength', { max: LABEL_MAX });
    if (description && description.length > DESCRIPTION_MAX)
      throw InvalidInputError.of('description', 'maxLength', { max: DESCRIPTION_MAX });
    return { label, labelEn, description };
  }

  private async find(manager: EntityManager, slug: string): Promise<ThemeEntity> {
    const theme = await manager.findOneBy(ThemeEntity, { slug });
    if (!theme) throw new NotFoundError('theme', slug);
    return theme;
  }

  private async reindexResourcesOf(manager: EntityManager, themeId: string): Promise<void> {
    const rows = await manager.find(ResourceThemeEntity, { where: { themeId }, select: { resourceId: true } });
    await this.outbox.enqueue(
      manager,
      RESOURCE_TOPIC,
      rows.map((row) => row.resourceId),
    );
  }
}
