import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { FollowingModule } from '../following/following.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionMiddleware } from './session.middleware';
import { SessionsService } from './sessions.service';
import { MembersAdminResolver } from './members-admin.resolver';
import { MembersAdminService } from './members-admin.service';
import { InvitationsAdminResolver } from './invitations-admin.resolver';
import { InvitationsAdminService } from './invitations-admin.service';
import { WelcomeService } from './welcome.service';

@Module({
  imports: [DirectoryModule, FollowingModule],
  providers: [
    AccountsResolver,
    AccountsService,
    SessionsService,
    SessionMiddleware,
    MembersAdminResolver,
    MembersAdminService,
    InvitationsAdminResolver,
    InvitationsAdminService,
    WelcomeService,
  ],
  exports: [SessionsService],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
