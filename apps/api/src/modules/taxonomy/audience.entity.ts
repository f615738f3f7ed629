import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The fixed list of audiences, inserted by the initial migration. */
@Entity('audiences')
export class AudienceEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) slug!: string;
  @Column({ type: 'varchar', length: 120 }) label!: string;
  @Column({ name: 'label_en', type: 'varchar', length: 120 }) labelEn!: string;
  @Column({ type: 'int' }) position!: number;
}
