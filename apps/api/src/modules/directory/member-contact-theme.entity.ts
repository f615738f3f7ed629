import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';

/** « Accepte d’être contacté·e sur » : the themes a person welcomes questions on. */
@Entity('member_contact_themes')
export class MemberContactThemeEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @PrimaryColumn({ name: 'theme_id', type: 'uuid' }) themeId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'member_contact_themes_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'member_contact_themes_theme_id_fkey' })
  theme?: Relation<ThemeEntity>;
}
