import { reportExportPath, type ReportSource } from '../hooks/report-url';
import { ReportExportButton } from './report-export-button';

/** The whole report's exports, side by side: the PDF to attach, the spreadsheet (one sheet per table) to rework. */
export function ReportExports({ source, fileStem }: { source: ReportSource; fileStem: string }) {
  return (
    <div className="report-exports">
      <ReportExportButton format="pdf" href={reportExportPath(source, 'pdf')} fileName={`${fileStem}.pdf`} />
      <ReportExportButton format="ods" href={reportExportPath(source, 'ods')} fileName={`${fileStem}.ods`} />
    </div>
  );
}
