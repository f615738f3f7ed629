import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A read-only link to one activity report (period and filters fixed); only the token's hash is kept. */
@Entity('report_share_links')
@Check('report_share_links_period_check', `period_to >= period_from`)
export class ReportShareLinkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'report_share_links_pkey' }) id!: string;
  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true }) tokenHash!: string;
  /** Who it is for (« Métropole — bilan intermédiaire »), shown in the list of links. */
  @Column({ type: 'varchar', length: 200, default: '' }) label!: string;
  @Column({ name: 'period_from', type: 'date' }) periodFrom!: string;
  @Column({ name: 'period_to', type: 'date' }) periodTo!: string;
  @Column({ name: 'theme_slug', type: 'varchar', length: 80, nullable: true }) themeSlug!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'report_share_links_organisation_id_fkey' })
  organisation?: Relation<OrganisationEntity> | null;

  @Column({ name: 'audience_slug', type: 'varchar', length: 40, nullable: true }) audienceSlug!: string | null;
  @Column({ name: 'priority_neighbourhood', default: false }) priorityNeighbourhood!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'report_share_links_created_by_fkey' })
  createdBy?: Relation<MemberEntity> | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
