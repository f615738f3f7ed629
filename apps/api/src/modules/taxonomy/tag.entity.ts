import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A free tag. `key` (case-, accent- and space-insensitive) makes "Fake news" and "fake  news" one tag. */
@Entity('tags')
export class TagEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() label!: string;
  @Column() key!: string;
  @Column() slug!: string;
}
