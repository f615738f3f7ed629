import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The fixed list of audiences, inserted by the initial migration. */
@Entity('audiences')
export class AudienceEntity {
  @PrimaryColumn() slug!: string;
  @Column() label!: string;
  @Column({ name: 'label_en' }) labelEn!: string;
  @Column({ type: 'int' }) position!: number;
}
