import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ResourceType } from '@culture-commune/shared';
import { ResourceTypeEnum } from '../../../common/graphql/enums';

export const LinkPreviewSourceEnum = { page: 'page', pdf: 'pdf', doi: 'doi', isbn: 'isbn' } as const;
export type LinkPreviewSource = keyof typeof LinkPreviewSourceEnum;
registerEnumType(LinkPreviewSourceEnum, {
  name: 'LinkPreviewSource',
  description:
    'page: an HTML page read; pdf: a PDF document (the form offers to attach it, POST /fichiers/depuis-lien); doi, isbn: looked up',
});

@ObjectType('LinkPreview', { description: 'What a pasted URL, DOI or ISBN says about itself, to fill the form.' })
export class LinkPreviewObject {
  @Field(() => LinkPreviewSourceEnum) source!: LinkPreviewSource;
  @Field({ description: 'The address to keep on the resource (the page finally reached, or the DOI’s doi.org URL).' })
  url!: string;
  @Field(() => String, { nullable: true }) canonicalUrl!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [String]) authors!: string[];
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'As the source gives it: 2024-03-12, 2024…' })
  date!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true, description: 'One of the library’s language codes, or other.' })
  language!: string | null;
  @Field(() => String, { nullable: true }) imageUrl!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The image read by the server (PNG, JPEG, WebP or GIF, 512 KB at most) as a data: URL, to show.',
  })
  imageData!: string | null;
  @Field(() => ResourceTypeEnum, { nullable: true }) type!: ResourceType | null;
  @Field(() => String, { nullable: true }) format!: string | null;
  @Field({ description: 'Media type the server answered (text/html, application/pdf…), empty for look-ups.' })
  mediaType!: string;
}
