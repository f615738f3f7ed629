import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import { MapImportColumnsMutation } from '../graphql/imports.documents';

export const IMPORT_FIELDS = [
  'title',
  'summary',
  'authors',
  'publisher',
  'year',
  'url',
  'language',
  'type',
  'format',
  'tags',
] as const;

interface Props {
  batchId: string;
  headers: string[];
  mapping: { field: string; header: string | null }[];
}

/** CSV only: which column fills each field (guessed by the API), then the file is read again. */
export function ColumnMapping({ batchId, headers, mapping }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(mapping.map((column) => [column.field, column.header ?? ''])),
  );
  const [mapColumns, { loading, error }] = useMutation(MapImportColumnsMutation);
  const apply = () =>
    void mapColumns({
      variables: {
        id: batchId,
        columns: IMPORT_FIELDS.map((field) => ({ field, header: chosen[field] || null })),
      },
    }).catch(() => undefined);

  return (
    <section aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">{t('imports.mapping.title')}</h2>
      <p>{t('imports.mapping.hint')}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <div className="import-mapping">
        {IMPORT_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`import-column-${field}`}>{t(`imports.mapping.fields.${field}`)}</label>
            <select
              id={`import-column-${field}`}
              value={chosen[field] ?? ''}
              onChange={(event) => setChosen({ ...chosen, [field]: event.target.value })}
            >
              <option value="">{t('imports.mapping.none')}</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={loading} onClick={apply}>
          {loading ? t('imports.mapping.applying') : t('imports.mapping.apply')}
        </button>
      </div>
    </section>
  );
}
