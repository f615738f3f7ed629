import { Field, InputType } from '@nestjs/graphql';

@InputType('ThemeInput')
export class ThemeInput {
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'Optional English label; empty removes it.' })
  labelEn?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}
