import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { KitEntity } from './kit.entity';

/** A kit's photo: its bytes are at fileKeys.kitPhoto(id) in the file storage. */
@Entity('kit_photos')
@Index('kit_photos_kit_position_idx', ['kitId', 'position'], { unique: true })
export class KitPhotoEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'kit_id', type: 'uuid' }) kitId!: string;
  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kit_id', foreignKeyConstraintName: 'kit_photos_kit_id_fkey' })
  kit?: Relation<KitEntity>;
  @Column({ type: 'int' }) position!: number;
  @Column({ name: 'alt_text', type: 'varchar', length: 200 }) altText!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
