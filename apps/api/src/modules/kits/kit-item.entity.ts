import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { KitEntity } from './kit.entity';

/** One line of a kit's contents: « iPad », 8. */
@Entity('kit_items')
@Check('kit_items_quantity_check', `quantity > 0`)
@Index('kit_items_kit_idx', ['kitId', 'position'])
export class KitItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'kit_id', type: 'uuid' }) kitId!: string;
  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kit_id', foreignKeyConstraintName: 'kit_items_kit_id_fkey' })
  kit?: Relation<KitEntity>;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'varchar', length: 200 }) label!: string;
  @Column({ type: 'int' }) quantity!: number;
}
