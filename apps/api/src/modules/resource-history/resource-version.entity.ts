import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ResourceEntity } from '../resources/resource.entity';
import type { ResourceSnapshot } from './resource-snapshot';

/** One version of a resource: its full state after a write, who wrote it, when, and which fields changed. */
@Entity('resource_versions')
@Unique('resource_versions_resource_version_key', ['resourceId', 'version'])
@Check('resource_versions_version_check', `version > 0`)
export class ResourceVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ name: 'resource_id', type: 'uuid' }) resourceId!: string;
  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_versions_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;

  @Column({ type: 'int' }) version!: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'resource_versions_author_id_fkey' })
  author?: Relation<MemberEntity> | null;

  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" }) changedFields!: string[];
  @Column({ type: 'jsonb' }) snapshot!: ResourceSnapshot;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
