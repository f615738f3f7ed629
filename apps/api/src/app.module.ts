import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { formatGraphqlError } from './common/errors/format-graphql-error';
import { HTTP_CONFIG, type HttpConfig } from './config/http.config';
import { CoreModule } from './core.module';
import { HealthController } from './health/health.controller';

@Module({
  imports: [
    CoreModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [HTTP_CONFIG],
      useFactory: (http: HttpConfig) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: !http.production,
        includeStacktraceInErrorResponses: false,
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        formatError: formatGraphqlError,
      }),
    }),
  ],
  controllers: [HealthController],
})
export class AppModule {}
