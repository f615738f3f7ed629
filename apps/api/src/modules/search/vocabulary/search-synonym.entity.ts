import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A group of equivalent search terms added by an admin, on top of the built-in French vocabulary. */
@Entity('search_synonyms')
@Check('search_synonyms_terms_check', `cardinality(terms) BETWEEN 2 AND 20`)
export class SearchSynonymEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', array: true }) terms!: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
