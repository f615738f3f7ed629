import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('JobQueueBacklog', { description: 'Jobs not done in one queue.' })
export class JobQueueBacklogObject {
  @Field({ description: 'mail, digest…' }) queue!: string;
  @Field(() => Int, { description: 'Due and waiting for a worker.' }) due!: number;
  @Field(() => Int, { description: 'Waiting for a later time (retry backoff, schedule).' }) scheduled!: number;
  @Field(() => Int) running!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Float, { description: 'Seconds the oldest due job has waited (0 when none).' })
  oldestDueAgeSeconds!: number;
}

@ObjectType('BackupRecord', { description: 'The last backup the backup command recorded.' })
export class BackupRecordObject {
  @Field() completedAt!: Date;
  @Field({ nullable: true, description: 'The archive’s file name.' }) archive?: string;
  @Field(() => Float, { nullable: true }) sizeBytes?: number;
}

@ObjectType('ServiceVersions')
export class ServiceVersionsObject {
  @Field() app!: string;
  @Field() postgres!: string;
  @Field({ nullable: true, description: 'Null when Meilisearch does not answer.' }) meilisearch?: string;
  @Field({ nullable: true }) lastMigration?: string;
}

@ObjectType('ServiceStatus', { description: 'What the service is doing, for admins (« État du service »).' })
export class ServiceStatusObject {
  @Field(() => Float, { description: 'Age of the oldest write not yet searchable, in seconds (0 when caught up).' })
  indexLagSeconds!: number;
  @Field(() => Int, { description: 'Outbox events waiting for the indexer.' }) outboxPending!: number;
  @Field(() => [JobQueueBacklogObject]) jobQueues!: JobQueueBacklogObject[];
  @Field(() => BackupRecordObject, { nullable: true }) lastBackup?: BackupRecordObject;
  @Field(() => ServiceVersionsObject) versions!: ServiceVersionsObject;
  @Field(() => Int) pendingMigrations!: number;
}
