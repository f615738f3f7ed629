import { DirectoryModule } from '../directory/directory.module';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionMiddleware } from './session.middleware';
import { SessionsService } from './sessions.service';
import { MembersAdminResolver } from './members-admin.resolver';
import { MembersAdminService } from './members-admin.service';

@Module({
  imports: [DirectoryModule],
  providers: [
    AccountsResolver,
    AccountsService,
    SessionsService,
    SessionMiddleware,
    MembersAdminResolver,
    MembersAdminService,
  ],
  exports: [SessionsService],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
