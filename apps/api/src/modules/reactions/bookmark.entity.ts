import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ResourceEntity } from '../resources/resource.entity';

/** A resource a member keeps for later. */
@Entity('bookmarks')
export class BookmarkEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' }) resourceId!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'bookmarks_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'bookmarks_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;
}
