import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { OrganisationKind } from '@culture-commune/shared';

@Entity('organisations')
@Check(
  'organisations_kind_check',
  `kind IN ('mediatheque', 'information-jeunesse', 'maison-enfance', 'centre-social', 'etablissement-scolaire', 'association', 'collectivite', 'autre')`,
)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 80, unique: true }) slug!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 60, default: 'autre' }) kind!: OrganisationKind;
  /** The wording of a kind « autre » (kept from the free text organisations had before the fixed list). */
  @Column({ name: 'kind_detail', type: 'varchar', length: 60, nullable: true }) kindDetail!: string | null;
  /** The commune. */
  @Column({ type: 'varchar', length: 120, nullable: true }) city!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) neighbourhood!: string | null;
  /** Works in a quartier prioritaire de la politique de la ville (QPV). */
  @Column({ name: 'priority_neighbourhood', default: false }) priorityNeighbourhood!: boolean;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) website!: string | null;
  /** A public phone number or address, shown to visitors; never a member's own email. */
  @Column({ name: 'public_contact', type: 'varchar', length: 300, nullable: true }) publicContact!: string | null;
  /** Archived organisations are hidden from everyone but admins. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  /** Its logo in the file storage (`fileKeys.logo`); a new one at each upload. */
  @Column({ name: 'logo_id', type: 'uuid', nullable: true }) logoId!: string | null;
  @VersionColumn({ default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
