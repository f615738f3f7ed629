import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A group of equivalent search terms added by an admin, on top of the built-in French vocabulary. */
@Entity('search_synonyms')
export class SearchSynonymEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', array: true }) terms!: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
