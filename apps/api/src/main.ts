import './register-aliases';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { prepareStores } from './boot';
import { configureHttpApp } from './http-app';
import { loadObservabilityConfig } from './config/observability.config';
import { createAppLogger } from './observability/app-logger';
import { exitGracefullyOn } from './shutdown';

async function bootstrap(): Promise<void> {
  const observability = loadObservabilityConfig();
  const logger = createAppLogger(observability);
  Logger.overrideLogger(logger);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger });
  // Not Nest's shutdown hooks: in-flight requests are drained first, within SHUTDOWN_TIMEOUT_MS (decision 0035).
  exitGracefullyOn(app, observability.shutdownTimeoutMs);
  const http = configureHttpApp(app);
  await prepareStores(app);
  try {
    await app.listen(http.port, http.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      Logger.error(`Le port ${http.port} est déjà utilisé. Choisissez-en un autre avec PORT=…`, 'Boot');
      await app.close();
      process.exit(1);
    }
    throw error;
  }
  Logger.log(`API prête sur ${http.publicUrl}/graphql`, 'Boot');
  if (http.devOnNetwork) {
    Logger.warn(
      `Mode développement ouvert au réseau (${http.host}, ALLOW_DEV_ON_NETWORK=true) : /dev/courriels et le mot de passe de démonstration sont accessibles à tous.`,
      'Boot',
    );
  }
}

bootstrap().catch((error: Error) => {
  Logger.error(error.message, 'Boot');
  process.exit(1);
});
