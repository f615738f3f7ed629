import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { AudienceEntity } from '../taxonomy/audience.entity';

/** A field debrief ("retour d'atelier") on a mediation tool. */
@Entity('debriefs')
@Check('debriefs_participants_check', `participants > 0`)
@Check('debriefs_duration_minutes_check', `duration_minutes IS NULL OR duration_minutes > 0`)
@Check('debriefs_rating_check', `rating BETWEEN 1 AND 5`)
export class DebriefEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** Index `debriefs_resource_idx ON debriefs (resource_id, workshop_date DESC)`. */
  @Index('debriefs_resource_idx', { synchronize: false })
  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;
  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'debriefs_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;

  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'debriefs_author_id_fkey' })
  author?: Relation<MemberEntity> | null;

  @Column({ name: 'workshop_date', type: 'date' }) workshopDate!: string;
  @Column({ type: 'varchar', length: 300 }) context!: string;

  @Column({ name: 'audience_slug', type: 'varchar', length: 40, nullable: true }) audienceSlug!: string | null;
  @ManyToOne(() => AudienceEntity, { nullable: true })
  @JoinColumn({
    name: 'audience_slug',
    referencedColumnName: 'slug',
    foreignKeyConstraintName: 'debriefs_audience_slug_fkey',
  })
  audience?: Relation<AudienceEntity> | null;

  @Column({ name: 'age_band', type: 'varchar', length: 60, nullable: true }) ageBand!: string | null;
  @Column({ type: 'int' }) participants!: number;
  @Column({ name: 'duration_minutes', type: 'int', nullable: true }) durationMinutes!: number | null;
  @Column({ name: 'parents_present', type: 'boolean', default: false }) parentsPresent!: boolean;
  @Column({ name: 'went_well', type: 'varchar', length: 2000 }) wentWell!: string;
  @Column({ name: 'to_adjust', type: 'varchar', length: 2000 }) toAdjust!: string;
  @Column({ type: 'smallint' }) rating!: number;
  /** When the author confirmed that no child is identifiable in text the child privacy guard flagged. */
  @Column({ name: 'child_privacy_confirmed_at', type: 'timestamptz', nullable: true })
  childPrivacyConfirmedAt!: Date | null;

  @Index('debriefs_created_idx')
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
