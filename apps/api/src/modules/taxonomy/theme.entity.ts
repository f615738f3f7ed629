import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** The curated vocabulary of themes (coordinators and admins maintain it). */
@Entity('themes')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 80, unique: true }) slug!: string;
  @Column({ type: 'varchar', length: 120 }) label!: string;
  /** Shown by the English interface when present (the French label otherwise). */
  @Column({ name: 'label_en', type: 'varchar', length: 120, nullable: true }) labelEn!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'int', default: 0 }) position!: number;
  @VersionColumn({ default: 1 }) version!: number;
}
