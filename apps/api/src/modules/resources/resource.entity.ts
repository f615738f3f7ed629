import {
  Column, CreateDateColumn, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn,
  UpdateDateColumn, VersionColumn,
} from 'typeorm';
import type { ResourceType, Visibility } from '@culture-commune/shared';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AudienceEntity } from '../taxonomy/audience.entity';
import { TagEntity } from '../taxonomy/tag.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';

@Entity('resources')
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() slug!: string;
  @Column({ type: 'varchar' }) type!: ResourceType;
  @Column() format!: string;
  @Column() title!: string;
  @Column() summary!: string;
  @Column({ type: 'text', nullable: true }) body!: string | null;
  @Column({ type: 'varchar', nullable: true }) url!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) authors!: string[];
  @Column({ type: 'varchar', nullable: true }) publisher!: string | null;
  @Column({ type: 'int', nullable: true }) year!: number | null;
  @Column() language!: string;
  @Column({ type: 'varchar', nullable: true }) licence!: string | null;
  @Column({ name: 'duration_minutes', type: 'int', nullable: true }) durationMinutes!: number | null;
  @Column({ type: 'varchar' }) visibility!: Visibility;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: OrganisationEntity | null;

  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contributor_id' })
  contributor!: MemberEntity | null;

  @ManyToMany(() => ThemeEntity)
  @JoinTable({ name: 'resource_themes', joinColumn: { name: 'resource_id' }, inverseJoinColumn: { name: 'theme_id' } })
  themes!: ThemeEntity[];

  @ManyToMany(() => AudienceEntity)
  @JoinTable({
    name: 'resource_audiences',
    joinColumn: { name: 'resource_id' },
    inverseJoinColumn: { name: 'audience_slug', referencedColumnName: 'slug' },
  })
  audiences!: AudienceEntity[];

  @ManyToMany(() => TagEntity)
  @JoinTable({ name: 'resource_tags', joinColumn: { name: 'resource_id' }, inverseJoinColumn: { name: 'tag_id' } })
  tags!: TagEntity[];

  /** Not a column: use figures of the tool's debriefs, loaded with the row by `loadResources`. */
  debriefStats?: { count: number; participants: number; averageRating: number | null };

  /** Bumped on every write; the search document carries it so that drift and stale documents can be told. */
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
