import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ResourceFileEntity } from './resource-file.entity';

/** The text of one page of a file (a slide, a sheet, an EPUB chapter count as pages). */
@Entity('resource_file_pages')
@Check('resource_file_pages_page_check', `page >= 1`)
export class ResourceFilePageEntity {
  @PrimaryColumn({ name: 'file_id', type: 'uuid', primaryKeyConstraintName: 'resource_file_pages_pkey' })
  fileId!: string;
  @ManyToOne(() => ResourceFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'resource_file_pages_file_id_fkey' })
  file?: Relation<ResourceFileEntity>;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'resource_file_pages_pkey' }) page!: number;
  @Column({ type: 'text' }) text!: string;
}
