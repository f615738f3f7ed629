import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { ImportBatchObject } from './dto/import.objects';
import { ImportColumnInput, StartImportInput } from './dto/import.inputs';
import { presentImport } from './import.presenter';
import { ImportsService } from './imports.service';
import type { ColumnMapping } from './parse/csv-file';
import { IMPORTED_FIELD_NAMES, ImportedFieldName } from './parse/imported-record';

/** Files are sent to POST /importer/fichiers (REST: they pass GraphQL's string cap); the rest is here. */
@Resolver(() => ImportBatchObject)
export class ImportsResolver {
  constructor(private readonly imports: ImportsService) {}

  @Query(() => ImportBatchObject, { description: 'Coordinators and admins: a batch they brought, with its preview.' })
  async importBatch(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null) {
    return presentImport(await this.imports.get(actor, id));
  }

  @Mutation(() => ImportBatchObject, { description: 'CSV: reads the file again with the columns chosen per field.' })
  async mapImportColumns(
    @Args('id', { type: () => ID }) id: string,
    @Args('columns', { type: () => [ImportColumnInput] }) columns: ImportColumnInput[],
    @CurrentActor() actor: Actor | null,
  ) {
    const mapping = Object.fromEntries(IMPORTED_FIELD_NAMES.map((field) => [field, null])) as ColumnMapping;
    for (const column of columns) {
      if (!IMPORTED_FIELD_NAMES.includes(column.field as ImportedFieldName)) {
        throw InvalidInputError.of('mapping', 'unknown', { values: column.field });
      }
      mapping[column.field as ImportedFieldName] = column.header || null;
    }
    return presentImport(await this.imports.mapColumns(actor, id, mapping));
  }

  @Mutation(() => ImportBatchObject, {
    description: 'Imports the batch with these choices, as a job; follow `processed`.',
  })
  async startImport(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: StartImportInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return presentImport(await this.imports.start(actor, id, input));
  }
}
