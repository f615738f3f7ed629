import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../hooks/report-csv';

/**
 * « Exporter en PDF »: asks the API for the whole report as a PDF (it takes a few seconds: the button says so and
 * stays busy), then offers it as a download; the API's message if it cannot (no Chromium, too many PDFs at once).
 */
export function ReportPdfButton({ href, fileName }: { href: string; fileName: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok) {
        setError((await response.text()).trim() || t('report.pdf.error'));
        return;
      }
      downloadBlob(fileName, await response.blob());
    } catch {
      setError(t('report.pdf.error'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="report-exports">
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={busy}
        onClick={() => {
          if (!busy) void download();
        }}
      >
        {busy ? t('report.pdf.preparing') : t('report.pdf.export')}
      </button>
      <span role="status" className="field-hint">
        {busy ? t('report.pdf.wait') : ''}
      </span>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </div>
  );
}
