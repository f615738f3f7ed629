import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportStateEnum {
  preview = 'preview',
  queued = 'queued',
  running = 'running',
  done = 'done',
  failed = 'failed',
}
registerEnumType(ImportStateEnum, {
  name: 'ImportState',
  description: 'preview: read, not imported; queued/running: the job works; done; failed: attempts spent',
});

export enum ImportRowStatusEnum {
  new = 'new',
  duplicate = 'duplicate',
  invalid = 'invalid',
}
registerEnumType(ImportRowStatusEnum, { name: 'ImportRowStatus' });

@ObjectType('ImportIssue', { description: 'What is wrong with a row: the field, the rule, and the French message.' })
export class ImportIssueObject {
  @Field() field!: string;
  @Field() rule!: string;
  @Field() message!: string;
}

@ObjectType('ImportDuplicate')
export class ImportDuplicateObject {
  @Field() slug!: string;
  @Field() title!: string;
}

@ObjectType('ImportPreviewRow', { description: 'One record of the file, as read.' })
export class ImportPreviewRowObject {
  @Field(() => Int, { description: 'Its place in the file, from 1.' }) n!: number;
  @Field(() => ImportRowStatusEnum) status!: ImportRowStatusEnum;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => [String]) authors!: string[];
  @Field({ nullable: true }) publisher?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field({ nullable: true }) url?: string;
  @Field() language!: string;
  @Field() type!: string;
  @Field() format!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => [ImportIssueObject]) issues!: ImportIssueObject[];
  @Field(() => ImportDuplicateObject, { nullable: true, description: 'A resource it probably repeats.' })
  duplicateOf?: ImportDuplicateObject;
  @Field(() => Int, { nullable: true, description: 'An earlier row of the file it repeats.' })
  duplicateOfRow?: number;
}

@ObjectType('ImportColumn', { description: 'Which CSV column fills one of our fields.' })
export class ImportColumnObject {
  @Field({ description: 'title, summary, authors, publisher, year, url, language, type, format, tags' }) field!: string;
  @Field({ nullable: true }) header?: string;
}

@ObjectType('ImportBatch', { description: 'A file brought in by a coordinator: its preview, then its import.' })
export class ImportBatchObject {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'ris, bibtex, csl-json or csv' }) format!: string;
  @Field(() => ImportStateEnum) state!: ImportStateEnum;
  @Field(() => Int, { description: 'Rows in the file.' }) total!: number;
  @Field(() => Int, { description: 'Rows the import has handled so far.' }) processed!: number;
  @Field(() => Int) createdCount!: number;
  @Field(() => Int) skippedCount!: number;
  @Field(() => [ImportPreviewRowObject]) rows!: ImportPreviewRowObject[];
  @Field(() => [String], { nullable: true, description: 'CSV only: the columns of the file.' }) csvHeaders?: string[];
  @Field(() => [ImportColumnObject], { nullable: true, description: 'CSV only: the mapping used.' })
  csvMapping?: ImportColumnObject[];
  @Field({ nullable: true, description: 'The report (CSV), once the import is done.' }) reportUrl?: string;
  @Field() createdAt!: Date;
}
