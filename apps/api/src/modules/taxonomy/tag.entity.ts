import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A free tag. `key` (case-, accent- and space-insensitive) makes "Fake news" and "fake  news" one tag. */
@Entity('tags')
export class TagEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 60 }) label!: string;
  @Column({ type: 'varchar', length: 60, unique: true }) key!: string;
  @Index('tags_slug_idx')
  @Column({ type: 'varchar', length: 80 })
  slug!: string;
}
