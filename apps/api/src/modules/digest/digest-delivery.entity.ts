import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';

/** The weekly digest sent to a member for a week (at most once: the primary key). */
@Entity('digest_deliveries')
export class DigestDeliveryEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @PrimaryColumn({ type: 'date' }) week!: string;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' }) sentAt!: Date;
  @Column({ type: 'int' }) items!: number;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'digest_deliveries_member_id_fkey' })
  member?: Relation<MemberEntity>;
}
