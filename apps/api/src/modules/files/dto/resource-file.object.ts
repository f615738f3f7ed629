import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { FileTextStatus } from '../resource-file.entity';

export enum FileTextStatusEnum {
  pending = 'pending',
  done = 'done',
  image_only = 'image_only',
  none = 'none',
  failed = 'failed',
}
registerEnumType(FileTextStatusEnum, {
  name: 'FileTextStatus',
  description:
    'Text extraction: pending (waiting or running), done, image_only (a scanned PDF: « PDF image : texte non extrait »), none (image, audio, video), failed (see textError).',
});

@ObjectType('ResourceFile', { description: 'A file carried by a resource; its type was decided from its bytes.' })
export class ResourceFileObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Safe name, its extension the detected type’s.' }) fileName!: string;
  @Field() mediaType!: string;
  @Field({ description: 'Extension without the dot (pdf, docx, png…).' }) extension!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) size!: number;
  @Field() isMain!: boolean;
  @Field({ description: 'Download address (attachment), on the API’s origin.' }) downloadUrl!: string;
  @Field(() => String, { nullable: true, description: 'PDF only: shown inline in a sandboxed frame.' })
  previewUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'WebP thumbnail, once made (documents and images).' })
  thumbnailUrl!: string | null;
  @Field(() => FileTextStatusEnum) textStatus!: FileTextStatus;
  @Field(() => String, { nullable: true, description: 'Why extraction failed, in French.' }) textError!: string | null;
  @Field(() => Int, { nullable: true }) pageCount!: number | null;
}

@InputType('ResourceFileInput', { description: 'A file on the resource, in display order.' })
export class ResourceFileInput {
  @Field(() => ID, {
    description: 'Id answered by POST /fichiers/televersements/<id>/fin, or of a file already on it.',
  })
  id!: string;
  @Field(() => Boolean, { nullable: true, description: 'The main file (exactly one when there are files).' })
  main?: boolean | null;
}
