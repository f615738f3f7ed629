import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { ReadingListEntity } from './reading-list.entity';

/** An item of a list; it keeps the resource's title (`title_snapshot`) when the resource is deleted. */
@Entity('reading_list_items')
@Index('reading_list_items_list_idx', ['listId', 'position'])
/** Partial unique: `ON reading_list_items (list_id, resource_id) WHERE resource_id IS NOT NULL`. */
@Index('reading_list_items_resource_idx', { synchronize: false })
export class ReadingListItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ name: 'list_id', type: 'uuid' }) listId!: string;
  @ManyToOne(() => ReadingListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id', foreignKeyConstraintName: 'reading_list_items_list_id_fkey' })
  list?: Relation<ReadingListEntity>;

  @Column({ name: 'resource_id', type: 'uuid', nullable: true }) resourceId!: string | null;
  @ManyToOne(() => ResourceEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'reading_list_items_resource_id_fkey' })
  resource?: Relation<ResourceEntity> | null;

  @Column({ name: 'title_snapshot', type: 'varchar', length: 300 }) titleSnapshot!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'varchar', length: 1000, default: '' }) note!: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true }) addedById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'reading_list_items_added_by_fkey' })
  addedBy?: Relation<MemberEntity> | null;

  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' }) addedAt!: Date;
}
