import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fixed-window counter (rate-limits.ts): `key` names the limit and who it counts. */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 360 }) key!: string;
  @Column({ name: 'window_start', type: 'timestamptz' }) windowStart!: Date;
  @Column({ type: 'int' }) hits!: number;
}
