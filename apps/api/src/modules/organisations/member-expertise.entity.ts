import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { MemberEntity } from './member.entity';

/** The themes a member knows well (MemberEntity.expertise loads them). */
@Entity('member_expertise')
export class MemberExpertiseEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @PrimaryColumn({ name: 'theme_id', type: 'uuid' }) themeId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'member_expertise_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'member_expertise_theme_id_fkey' })
  theme?: Relation<ThemeEntity>;
}
