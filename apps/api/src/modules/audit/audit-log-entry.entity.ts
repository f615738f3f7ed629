import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';

/** One line of the audit log: who did what to which subject. */
@Entity('audit_log')
export class AuditLogEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'audit_log_actor_id_fkey' })
  actor?: Relation<MemberEntity> | null;

  @Column({ type: 'varchar', length: 60 }) action!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) subject!: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) details!: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
