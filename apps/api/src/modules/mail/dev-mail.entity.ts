import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A mail kept instead of sent, in development (the development mailbox reads them). */
@Entity('dev_mails')
export class DevMailEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 254 }) recipient!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'reply_to', type: 'varchar', length: 254, nullable: true }) replyTo!: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' }) sentAt!: Date;
}
