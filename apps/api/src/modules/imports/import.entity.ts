import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import type { ColumnMapping } from './parse/csv-file';
import type { ImportFormat } from './parse/imported-record';
import type { ImportChoices, ImportOutcome, PreviewRow } from './import-rows';

export type ImportState = 'preview' | 'queued' | 'running' | 'done' | 'failed';

/** A file brought in by a curator: read into preview rows, then imported by a job that records each row's outcome. */
@Entity('imports')
@Check('imports_format_check', `format IN ('ris', 'bibtex', 'csl-json', 'csv')`)
@Check('imports_state_check', `state IN ('preview', 'queued', 'running', 'done', 'failed')`)
@Index('imports_created_by_idx', { synchronize: false })
export class ImportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdById!: string;
  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'imports_created_by_fkey' })
  createdBy?: Relation<MemberEntity>;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName!: string;
  @Column({ type: 'varchar', length: 16 }) format!: ImportFormat;
  /** The file's text, kept so that a CSV can be read again with another column mapping. */
  @Column({ type: 'text' }) source!: string;
  @Column({ name: 'csv_headers', type: 'jsonb', nullable: true }) csvHeaders!: string[] | null;
  @Column({ name: 'csv_mapping', type: 'jsonb', nullable: true }) csvMapping!: ColumnMapping | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) rows!: PreviewRow[];
  @Column({ type: 'varchar', length: 16, default: 'preview' }) state!: ImportState;
  @Column({ type: 'jsonb', nullable: true }) choices!: ImportChoices | null;
  @Column({ type: 'int', default: 0 }) total!: number;
  @Column({ type: 'int', default: 0 }) processed!: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) outcomes!: ImportOutcome[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
