import './register-aliases';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { prepareStores } from './boot';
import { configureHttpApp } from './http-app';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: false });
  app.enableShutdownHooks();
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
