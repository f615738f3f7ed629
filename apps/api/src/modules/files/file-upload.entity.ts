import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';

/**
 * An upload in progress, sent in numbered chunks (decision 0022). Its id becomes the file's id and its storage key the
 * file's, so completing it moves no bytes. Expired uploads are swept with their stored parts.
 */
@Entity('file_uploads')
@Check('file_uploads_size_check', `size > 0`)
@Check('file_uploads_chunk_size_check', `chunk_size > 0`)
export class FileUploadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'file_uploads_pkey' }) id!: string;
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId!: string;
  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'file_uploads_owner_id_fkey' })
  owner?: Relation<MemberEntity>;
  /** The name as sent, made safe (see safe-file-name.ts). */
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName!: string;
  /** Announced size in bytes; the chunks must add up to it exactly. */
  @Column({ type: 'bigint' }) size!: string;
  @Column({ name: 'chunk_size', type: 'int' }) chunkSize!: number;
  /** Chunk numbers (from 1) already stored. */
  @Column({ name: 'received_parts', type: 'int', array: true, default: () => "'{}'" }) receivedParts!: number[];
  @Column({ name: 'storage_key', type: 'text' }) storageKey!: string;
  /** The S3 multipart upload's id; null on local storage. */
  @Column({ name: 'multipart_id', type: 'text', nullable: true }) multipartId!: string | null;
  /** S3 part number → ETag, needed to complete a multipart upload. */
  @Column({ name: 'part_etags', type: 'jsonb', default: () => "'{}'" }) partEtags!: Record<string, string>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Index('file_uploads_expires_at_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
