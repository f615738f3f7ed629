import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity, type MemberRole } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** An invitation to join an organisation; the link carries a token whose SHA-256 only is stored. */
@Entity('invitations')
@Check('invitations_role_check', `role IN ('member', 'coordinator', 'admin')`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true }) tokenHash!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'varchar', length: 160 }) name!: string;
  @Column({ type: 'varchar', length: 20 }) role!: MemberRole;

  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'invitations_organisation_id_fkey' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'invitations_invited_by_fkey' })
  invitedBy?: Relation<MemberEntity> | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  /** When the last mail went: the creation, or the last resend (which also changed the token and the expiry). */
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' }) sentAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true }) revokedById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by', foreignKeyConstraintName: 'invitations_revoked_by_fkey' })
  revokedBy?: Relation<MemberEntity> | null;
}
