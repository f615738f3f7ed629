import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { downloadBlob } from '../hooks/report-csv';
import type { ReportExportFormat } from '../hooks/report-url';

/**
 * « Exporter en PDF » or « Exporter en tableur (ODS) »: asks the API for the whole report in that format (the PDF
 * takes a few seconds: the button says so and stays busy), then offers it as a download; the API's message if it
 * cannot (no Chromium, too many PDFs at once, a withdrawn share link).
 */
export function ReportExportButton({
  href,
  fileName,
  format,
}: {
  href: string;
  fileName: string;
  format: ReportExportFormat;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok) {
        setError((await response.text()).trim() || t(`report.${format}.error`));
        return;
      }
      downloadBlob(fileName, await response.blob());
    } catch {
      setError(t(`report.${format}.error`));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={busy}
        onClick={() => {
          if (!busy) void download();
        }}
      >
        {busy ? t(`report.${format}.preparing`) : t(`report.${format}.export`)}
      </button>
      <span role="status" className="field-hint">
        {busy ? t(`report.${format}.wait`) : ''}
      </span>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </>
  );
}
