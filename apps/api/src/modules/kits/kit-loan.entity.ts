import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { KitEntity } from './kit.entity';

export type KitLoanStatus = 'requested' | 'accepted' | 'refused' | 'cancelled' | 'handed_over' | 'returned';

/** What the owner noted of one line of the contents at return. */
export interface KitReturnCheckLine {
  label: string;
  missing: number;
  broken: number;
  note: string;
}

/**
 * A member's loan of a kit over whole days (`period`, a daterange `[start, end + 1)`). Accepted and handed-over loans
 * of a kit never overlap: the exclusion constraint says so, whatever the concurrency (decision 0029).
 */
@Entity('kit_loans')
@Check(
  'kit_loans_status_check',
  `status IN ('requested', 'accepted', 'refused', 'cancelled', 'handed_over', 'returned')`,
)
@Check('kit_loans_period_check', `NOT isempty(period) AND NOT upper_inf(period) AND NOT lower_inf(period)`)
@Exclusion(
  'kit_loans_no_overlap',
  `USING gist (kit_id WITH =, period WITH &&) WHERE (status IN ('accepted', 'handed_over'))`,
)
@Index('kit_loans_requester_idx', ['requesterId'])
export class KitLoanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'kit_id', type: 'uuid' }) kitId!: string;
  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kit_id', foreignKeyConstraintName: 'kit_loans_kit_id_fkey' })
  kit?: Relation<KitEntity>;
  @Column({ name: 'requester_id', type: 'uuid', nullable: true }) requesterId!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requester_id', foreignKeyConstraintName: 'kit_loans_requester_id_fkey' })
  requester?: Relation<MemberEntity> | null;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'kit_loans_organisation_id_fkey' })
  organisation?: Relation<OrganisationEntity> | null;
  @Column({ name: 'event_id', type: 'uuid', nullable: true }) eventId!: string | null;
  @ManyToOne(() => EventEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'kit_loans_event_id_fkey' })
  event?: Relation<EventEntity> | null;
  @Column({ type: 'varchar', length: 1000 }) purpose!: string;
  @Column({ type: 'daterange' }) period!: string;
  @Column({ type: 'varchar', length: 12, default: 'requested' }) status!: KitLoanStatus;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'kit_loans_decided_by_fkey' })
  decidedBy?: Relation<MemberEntity> | null;
  @Column({ name: 'refused_reason', type: 'varchar', length: 1000, nullable: true }) refusedReason!: string | null;
  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true }) handedOverAt!: Date | null;
  @Column({ name: 'handed_over_by', type: 'uuid', nullable: true }) handedOverById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'handed_over_by', foreignKeyConstraintName: 'kit_loans_handed_over_by_fkey' })
  handedOverBy?: Relation<MemberEntity> | null;
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true }) returnedAt!: Date | null;
  @Column({ name: 'returned_by', type: 'uuid', nullable: true }) returnedById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'returned_by', foreignKeyConstraintName: 'kit_loans_returned_by_fkey' })
  returnedBy?: Relation<MemberEntity> | null;
  @Column({ name: 'return_check', type: 'jsonb', default: () => "'[]'" }) returnCheck!: KitReturnCheckLine[];
  @Column({ name: 'return_notes', type: 'varchar', length: 2000, default: '' }) returnNotes!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
