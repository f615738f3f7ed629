import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AuthorKind, AuthorKindChoice } from '@culture-commune/shared';

export const AuthorKindEnum: { [K in AuthorKind]: K } = { person: 'person', organisation: 'organisation' };

registerEnumType(AuthorKindEnum, {
  name: 'AuthorKind',
  description: 'person: cited as family and given names; organisation: cited whole (CNIL, Radio France)',
});

@ObjectType('AuthorKindChoice', { description: 'An author the contributor marked as a person or an organisation.' })
@InputType('AuthorKindChoiceInput')
export class AuthorKindChoiceDto implements AuthorKindChoice {
  @Field({ description: 'The author, as listed in authors.' }) name!: string;
  @Field(() => AuthorKindEnum) kind!: AuthorKind;
}
