import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import type { Visibility } from '@culture-commune/shared';
import { MemberEntity } from '../organisations/member.entity';

/** A curated, ordered reading list; `draft` visibility means private to its team (decision 0011). */
@Entity('reading_lists')
@Check('reading_lists_visibility_check', `visibility IN ('public', 'network', 'draft')`)
export class ReadingListEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 120, unique: true }) slug!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 5000, default: '' }) intro!: string;

  @Column({ name: 'curator_id', type: 'uuid', nullable: true }) curatorId!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'curator_id', foreignKeyConstraintName: 'reading_lists_curator_id_fkey' })
  curator?: Relation<MemberEntity> | null;

  @Column({ type: 'varchar', length: 10, default: 'network' }) visibility!: Visibility;

  /** Partial unique index `reading_lists_share_idx ON reading_lists (share_token_hash) WHERE share_token_hash IS NOT NULL`. */
  @Index('reading_lists_share_idx', { synchronize: false })
  @Column({ name: 'share_token_hash', type: 'varchar', length: 64, nullable: true })
  shareTokenHash!: string | null;
  @Column({ name: 'share_created_at', type: 'timestamptz', nullable: true }) shareCreatedAt!: Date | null;

  @VersionColumn({ default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
