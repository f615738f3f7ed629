import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Slugs a resource had before a title change: old links keep working. */
@Entity('resource_slug_history')
export class ResourceSlugHistoryEntity {
  @PrimaryColumn() slug!: string;
  @Column({ name: 'resource_id', type: 'uuid' }) resourceId!: string;
}
