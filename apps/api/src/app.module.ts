import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphqlContext } from './common/auth/actor';
import { formatGraphqlError } from './common/errors/format-graphql-error';
import { HTTP_CONFIG, type HttpConfig } from './config/http.config';
import { CoreModule } from './core.module';
import { EventsHttpModule } from './modules/events/events-http.module';
import { FeedsModule } from './modules/feeds/feeds.module';
import { ImportsHttpModule } from './modules/imports/imports-http.module';
import { FilesHttpModule } from './modules/files/files-http.module';
import { DirectoryHttpModule } from './modules/directory/directory-http.module';
import { KitsHttpModule } from './modules/kits/kits-http.module';
import { ReadingListsHttpModule } from './modules/reading-lists/reading-lists-http.module';
import { ReportHttpModule } from './modules/report/report-http.module';
import { GRAPHQL_LIMITS, graphqlArmor } from './security/graphql-limits';
import { mutationRateLimitPlugin } from './security/mutation-rate-limit.plugin';
import { inputStringsPlugin } from './security/input-strings.plugin';
import { queryCostPlugin } from './security/query-cost.plugin';
import { noStorePlugin } from './security/no-store.plugin';
import { RateLimiter } from './security/rate-limits';
import { graphqlMetricsPlugin } from './observability/graphql-metrics.plugin';
import { ObservabilityModule } from './observability/observability.module';

@Module({
  imports: [
    CoreModule,
    FeedsModule,
    ReadingListsHttpModule,
    EventsHttpModule,
    ImportsHttpModule,
    FilesHttpModule,
    ObservabilityModule,
    DirectoryHttpModule,
    KitsHttpModule,
    ReportHttpModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [HTTP_CONFIG, RateLimiter],
      useFactory: (http: HttpConfig, limiter: RateLimiter) => {
        const armor = graphqlArmor();
        return {
          validationRules: armor.validationRules,
          // A query past the token limit is a parse error: 400 GRAPHQL_PARSE_FAILED, like any syntax error.
          parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
          plugins: [
            // No cache hints in this schema: one `no-store` per answer instead of a policy computed per field.
            ApolloServerPluginCacheControlDisabled(),
            noStorePlugin(),
            graphqlMetricsPlugin(),
            ...armor.plugins,
            inputStringsPlugin(),
            queryCostPlugin(limiter),
            mutationRateLimitPlugin(limiter),
          ],
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !http.production,
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          formatError: formatGraphqlError,
          context: ({ req, res }: GraphqlContext) => ({ req, res }),
        };
      },
    }),
  ],
})
export class AppModule {}
