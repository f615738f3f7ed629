import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AudienceEntity } from '../taxonomy/audience.entity';

/** The audiences an organisation serves. */
@Entity('organisation_audiences')
export class OrganisationAudienceEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @PrimaryColumn({ name: 'audience_slug', type: 'varchar', length: 40 }) audienceSlug!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'organisation_audiences_organisation_id_fkey' })
  organisation?: Relation<OrganisationEntity>;

  @ManyToOne(() => AudienceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'audience_slug',
    referencedColumnName: 'slug',
    foreignKeyConstraintName: 'organisation_audiences_audience_slug_fkey',
  })
  audience?: Relation<AudienceEntity>;
}
