import './register-aliases';
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './graphql-resolvers';

/** Prints the code-first schema without a database or a server; `--check` fails when the committed file is stale. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const target = args.find((arg) => !arg.startsWith('--')) ?? 'apps/api/schema.gql';
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  const printed = `# Generated from the code-first API by \`nx run api:schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
  if (check) {
    const committed = readFileSync(target, 'utf8');
    if (committed !== printed) {
      console.error(`${target} est périmé : lancez « npx nx run api:schema » et validez le fichier.`);
      process.exit(1);
    }
    console.log(`${target} est à jour.`);
    return;
  }
  writeFileSync(target, printed);
  console.log(`Schéma écrit dans ${target}`);
}

void main();
