import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ResourceEntity } from '../resources/resource.entity';

/** Where text extraction stands for a file. `none`: a type without text (image, audio, video). */
export type FileTextStatus = 'pending' | 'done' | 'image_only' | 'none' | 'failed';

/**
 * A stored file, its type decided from its bytes (decision 0022). Unattached (`resource_id` null) between upload and
 * saving the form; `removed_at` set when taken off its resource (kept for history until the resource is purged).
 */
@Entity('resource_files')
@Check('resource_files_size_check', `size > 0`)
@Check('resource_files_text_status_check', `text_status IN ('pending', 'done', 'image_only', 'none', 'failed')`)
@Index('resource_files_resource_id_idx', ['resourceId', 'position'])
/** Partial unique: `ON resource_files (resource_id) WHERE is_main AND removed_at IS NULL`. */
@Index('resource_files_main_idx', { synchronize: false })
/** Partial: `ON resource_files (created_at) WHERE resource_id IS NULL`. */
@Index('resource_files_unattached_idx', { synchronize: false })
export class ResourceFileEntity {
  /** The upload's id. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'resource_files_pkey' }) id!: string;
  @Column({ name: 'resource_id', type: 'uuid', nullable: true }) resourceId!: string | null;
  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_files_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedById!: string | null;
  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'resource_files_uploaded_by_fkey' })
  uploadedBy?: Relation<MemberEntity>;
  @Column({ type: 'int', default: 0 }) position!: number;
  @Column({ name: 'is_main', type: 'boolean', default: false }) isMain!: boolean;
  /** Safe display and download name (see safe-file-name.ts), its extension the detected type's. */
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName!: string;
  /** Decided from the bytes (`file-type`), never from the name or the browser. */
  @Column({ name: 'media_type', type: 'varchar', length: 100 }) mediaType!: string;
  @Column({ type: 'varchar', length: 10 }) extension!: string;
  @Column({ type: 'bigint' }) size!: string;
  /** Hex SHA-256 of the bytes: the download's ETag. */
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ name: 'storage_key', type: 'text', unique: true }) storageKey!: string;
  @Column({ name: 'thumbnail_key', type: 'text', nullable: true }) thumbnailKey!: string | null;
  @Column({ name: 'text_status', type: 'varchar', length: 16, default: 'pending' }) textStatus!: FileTextStatus;
  /** Why extraction failed, in French, for the resource page. */
  @Column({ name: 'text_error', type: 'text', nullable: true }) textError!: string | null;
  @Column({ name: 'page_count', type: 'int', nullable: true }) pageCount!: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true }) attachedAt!: Date | null;
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true }) removedAt!: Date | null;
}
