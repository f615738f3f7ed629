import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { AuthorKind, ResourceType, Visibility } from '@culture-commune/shared';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AudienceEntity } from '../taxonomy/audience.entity';
import { TagEntity } from '../taxonomy/tag.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';

@Entity('resources')
@Check('resources_type_check', `type IN ('lecture', 'formation', 'outil')`)
@Check('resources_duration_minutes_check', `duration_minutes IS NULL OR duration_minutes > 0`)
@Check('resources_visibility_check', `visibility IN ('public', 'network', 'draft')`)
@Check('resources_author_kinds_check', `jsonb_typeof(author_kinds) = 'object'`)
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 80, unique: true }) slug!: string;
  @Column({ type: 'varchar', length: 20 }) type!: ResourceType;
  @Column({ type: 'varchar', length: 40 }) format!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 2000 }) summary!: string;
  @Column({ type: 'text', nullable: true }) body!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url!: string | null;
  /** `normaliseUrl(url)`: two resources with the same key probably share one page (duplicate warning). */
  @Index('resources_url_key_idx')
  @Column({ name: 'url_key', type: 'text', nullable: true })
  urlKey!: string | null;
  /** `titleKey(title)`: case, accents and punctuation ignored (duplicate warning). */
  @Index('resources_title_key_idx')
  @Column({ name: 'title_key', type: 'text', default: '' })
  titleKey!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) authors!: string[];
  /** Authors the contributor marked as a person or an organisation, by name; the others are guessed (decision 0027). */
  @Column({ name: 'author_kinds', type: 'jsonb', default: () => "'{}'" })
  authorKinds!: Record<string, AuthorKind>;
  @Column({ type: 'varchar', length: 200, nullable: true }) publisher!: string | null;
  @Column({ type: 'int', nullable: true }) year!: number | null;
  @Column({ type: 'varchar', length: 8, default: 'fr' }) language!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) licence!: string | null;
  @Column({ name: 'duration_minutes', type: 'int', nullable: true }) durationMinutes!: number | null;
  @Column({ type: 'varchar', length: 10, default: 'network' }) visibility!: Visibility;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'resources_organisation_id_fkey' })
  organisation!: OrganisationEntity | null;

  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contributor_id', foreignKeyConstraintName: 'resources_contributor_id_fkey' })
  contributor!: MemberEntity | null;

  // The three join tables are described by ResourceThemeEntity, ResourceAudienceEntity and ResourceTagEntity;
  // these relations only load and save them (`synchronize: false`).
  @ManyToMany(() => ThemeEntity)
  @JoinTable({
    name: 'resource_themes',
    joinColumn: { name: 'resource_id' },
    inverseJoinColumn: { name: 'theme_id' },
    synchronize: false,
  })
  themes!: ThemeEntity[];

  @ManyToMany(() => AudienceEntity)
  @JoinTable({
    name: 'resource_audiences',
    joinColumn: { name: 'resource_id' },
    inverseJoinColumn: { name: 'audience_slug', referencedColumnName: 'slug' },
    synchronize: false,
  })
  audiences!: AudienceEntity[];

  @ManyToMany(() => TagEntity)
  @JoinTable({
    name: 'resource_tags',
    joinColumn: { name: 'resource_id' },
    inverseJoinColumn: { name: 'tag_id' },
    synchronize: false,
  })
  tags!: TagEntity[];

  /** Not a column: use figures of the tool's debriefs, loaded with the row by `loadResources`. */
  debriefStats?: { count: number; participants: number; averageRating: number | null };

  /** Not a column: the main file's id when it has a thumbnail, loaded with the row by `loadResources`. */
  thumbnailFileId?: string | null;

  /** In the bin since then (decision 0019): invisible everywhere, purged after the retention; null when live. */
  @Index('resources_deleted_at_idx', { synchronize: false })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deleted_by', foreignKeyConstraintName: 'resources_deleted_by_fkey' })
  deletedBy?: MemberEntity | null;

  /** Bumped on every write; the search document carries it so that drift and stale documents can be told. */
  @VersionColumn({ default: 1 }) version!: number;
  /** Descending index `resources_created_at_idx ON resources (created_at DESC)`. */
  @Index('resources_created_at_idx', { synchronize: false })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
