import { Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limits';

@Global()
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class SecurityModule {}
