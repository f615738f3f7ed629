import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { DirectoryVisibility } from '@culture-commune/shared';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { OrganisationEntity } from './organisation.entity';

export type MemberRole = 'member' | 'coordinator' | 'admin';

@Entity('members')
@Check('members_role_check', `role IN ('member', 'coordinator', 'admin')`)
@Check('members_directory_visibility_check', `directory_visibility IN ('members', 'public')`)
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 80, unique: true }) slug!: string;
  @Column({ type: 'varchar', length: 160 }) name!: string;
  /** Unique case-insensitively: `CREATE UNIQUE INDEX members_email_key ON members (lower(email))`. */
  @Index('members_email_key', { synchronize: false })
  @Column({ type: 'varchar', length: 254 })
  email!: string;
  @Column({ type: 'varchar', length: 160, nullable: true }) title!: string | null;
  @Column({ type: 'varchar', length: 20, default: 'member' }) role!: MemberRole;
  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'members_organisation_id_fkey' })
  organisation!: OrganisationEntity | null;
  /** The table itself is described by MemberExpertiseEntity; this relation only loads it. */
  @ManyToMany(() => ThemeEntity)
  @JoinTable({
    name: 'member_expertise',
    joinColumn: { name: 'member_id' },
    inverseJoinColumn: { name: 'theme_id' },
    synchronize: false,
  })
  expertise!: ThemeEntity[];
  /** Never loaded unless selected explicitly (`addSelect`), so that a loaded member never carries it around. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false }) passwordHash?: string | null;
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true }) lastSignInAt!: Date | null;
  @Column({ name: 'digest_enabled', default: true }) digestEnabled!: boolean;
  /** Languages they work in (ISO 639-1 codes, `lsf` for French sign language). */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) languages!: string[];
  /** Who sees them in the directory: members only, or visitors too (directory.policy.ts). */
  @Column({ name: 'directory_visibility', type: 'varchar', length: 10, default: 'members' })
  directoryVisibility!: DirectoryVisibility;
  /**
   * Their directory document's version. A plain column, bumped by hand where the directory profile changes: a
   * @VersionColumn would also move on every sign-in (`last_sign_in_at`), which the drift check would report.
   */
  @Column({ type: 'int', default: 1 }) version!: number;
  /** Deactivated by an admin: signed out, refused at sign-in, out of the directory and of every mail; row kept. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true }) deactivatedAt!: Date | null;
  @Column({ name: 'deactivated_by', type: 'uuid', nullable: true }) deactivatedById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deactivated_by', foreignKeyConstraintName: 'members_deactivated_by_fkey' })
  deactivatedBy?: MemberEntity | null;
  /** « Contacter » (decision 0031): messages through the platform, accepted until the person refuses them. */
  @Column({ name: 'accepts_messages', default: true }) acceptsMessages!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
