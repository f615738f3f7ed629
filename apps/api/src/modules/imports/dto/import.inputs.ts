import { Field, InputType, Int } from '@nestjs/graphql';
import { VisibilityEnum } from '../../../common/graphql/enums';

@InputType('ImportColumnInput')
export class ImportColumnInput {
  @Field() field!: string;
  @Field(() => String, { nullable: true }) header?: string | null;
}

@InputType('StartImportInput', { description: 'The choices for the whole batch.' })
export class StartImportInput {
  @Field(() => [String]) themeSlugs!: string[];
  @Field(() => [String], { defaultValue: [] }) audienceSlugs!: string[];
  @Field(() => VisibilityEnum) visibility!: keyof typeof VisibilityEnum;
  @Field(() => [Int], { defaultValue: [], description: 'Rows unticked in the preview.' }) skippedRows!: number[];
  @Field({ defaultValue: false, description: 'Import rows that look like duplicates too.' })
  importDuplicates!: boolean;
}
