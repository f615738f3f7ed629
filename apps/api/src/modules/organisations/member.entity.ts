import { Column, CreateDateColumn, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { OrganisationEntity } from './organisation.entity';

export type MemberRole = 'member' | 'coordinator' | 'admin';

@Entity('members')
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() slug!: string;
  @Column() name!: string;
  @Column() email!: string;
  @Column({ type: 'varchar', nullable: true }) title!: string | null;
  @Column({ type: 'varchar' }) role!: MemberRole;
  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: OrganisationEntity | null;
  @ManyToMany(() => ThemeEntity)
  @JoinTable({ name: 'member_expertise', joinColumn: { name: 'member_id' }, inverseJoinColumn: { name: 'theme_id' } })
  expertise!: ThemeEntity[];
  @Column({ name: 'digest_enabled', default: true }) digestEnabled!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
