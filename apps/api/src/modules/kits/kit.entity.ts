import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A named set of equipment an organisation lends to the network's members (decision 0029). */
@Entity('kits')
export class KitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('kits_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'kits_organisation_id_fkey' })
  organisation?: Relation<OrganisationEntity>;
  @Column({ type: 'varchar', length: 120, unique: true }) slug!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 5000, default: '' }) description!: string;
  @Column({ name: 'condition_notes', type: 'varchar', length: 5000, default: '' }) conditionNotes!: string;
  @Column({ name: 'pickup_place', type: 'varchar', length: 300, default: '' }) pickupPlace!: string;
  @Column({ name: 'loan_conditions', type: 'varchar', length: 5000, default: '' }) loanConditions!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'kits_created_by_fkey' })
  createdBy?: Relation<MemberEntity> | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
