import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FailedJob', { description: 'A job whose attempts are spent (dead letter), for admins.' })
export class FailedJobObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'mail, digest…' }) queue!: string;
  @Field({ description: 'What the job was for, without secrets.' }) summary!: string;
  @Field(() => Int) attempts!: number;
  @Field({ nullable: true, description: 'The last attempt’s error.' }) lastError?: string;
  @Field() createdAt!: Date;
  @Field({ nullable: true }) failedAt?: Date;
}

@ObjectType('JobQueueCount', { description: 'Jobs not done, by queue and state.' })
export class JobQueueCountObject {
  @Field() queue!: string;
  @Field({ description: 'pending, running or failed' }) state!: string;
  @Field(() => Int) count!: number;
}
