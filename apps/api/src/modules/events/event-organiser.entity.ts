import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { EventEntity } from './event.entity';

/** An organisation that organises an event. */
@Entity('event_organisers')
export class EventOrganiserEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_organisers_event_id_fkey' })
  event?: Relation<EventEntity>;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'event_organisers_organisation_id_fkey' })
  organisation?: Relation<OrganisationEntity>;
}
