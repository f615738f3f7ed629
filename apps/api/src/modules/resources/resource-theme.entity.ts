import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { ResourceEntity } from './resource.entity';

/** Join table (ResourceEntity.themes loads it). */
@Entity('resource_themes')
export class ResourceThemeEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' }) resourceId!: string;
  @PrimaryColumn({ name: 'theme_id', type: 'uuid' }) themeId!: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_themes_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;

  @ManyToOne(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'resource_themes_theme_id_fkey' })
  theme?: Relation<ThemeEntity>;
}
