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
import { MemberEntity } from '../organisations/member.entity';

export type EventKind = 'rencontre-reseau' | 'formation' | 'atelier' | 'soiree-debat' | 'evenement';

/** A network meeting or event; times are instants, shown in the event's IANA time zone. */
@Entity('events')
@Check('events_kind_check', `kind IN ('rencontre-reseau', 'formation', 'atelier', 'soiree-debat', 'evenement')`)
@Check('events_visibility_check', `visibility IN ('public', 'network')`)
@Check('events_check', `ends_at >= starts_at`)
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 120, unique: true }) slug!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: EventKind;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Index('events_starts_idx')
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ name: 'time_zone', type: 'varchar', length: 60, default: 'Europe/Paris' }) timeZone!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) place!: string | null;
  @Column({ type: 'varchar', length: 5000, default: '' }) description!: string;
  @Column({ type: 'varchar', length: 5000, default: '' }) agenda!: string;
  @Column({ name: 'minutes_markdown', type: 'varchar', length: 20000, default: '' }) minutesMarkdown!: string;
  @Column({ name: 'minutes_html', type: 'text', default: '' }) minutesHtml!: string;
  @Column({ type: 'varchar', length: 10, default: 'network' }) visibility!: 'public' | 'network';

  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'events_created_by_fkey' })
  createdBy?: Relation<MemberEntity> | null;

  @VersionColumn({ default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
