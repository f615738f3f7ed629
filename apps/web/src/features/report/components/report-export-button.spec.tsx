import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ReportExportButton } from './report-export-button';
import { ReportExports } from './report-exports';

describe('ReportExportButton', () => {
  const realFetch = global.fetch;
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  afterEach(() => {
    global.fetch = realFetch;
    URL.createObjectURL = realCreate;
    URL.revokeObjectURL = realRevoke;
  });

  it('says the PDF is being prepared while the API prints it, then offers it under the report’s name', async () => {
    let answer: (value: unknown) => void = () => undefined;
    // jsdom has no Response: the little the button reads.
    const fetchMock = jest.fn(() => new Promise((resolve) => (answer = resolve)));
    global.fetch = fetchMock as never;
    URL.createObjectURL = jest.fn(() => 'blob:rapport');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('rapport-2026-01-01-2026-03-31.pdf');
    });
    renderWithProviders(
      <ReportExportButton
        format="pdf"
        href="/rapport/export.pdf?partage=jeton"
        fileName="rapport-2026-01-01-2026-03-31.pdf"
      />,
    );
    const button = screen.getByRole('button', { name: 'Exporter en PDF' });
    await act(async () => fireEvent.click(button));
    expect(fetchMock).toHaveBeenCalledWith('/rapport/export.pdf?partage=jeton', { credentials: 'same-origin' });
    expect(button.textContent).toBe('Préparation du PDF…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/quelques secondes/);
    // A second press while it prints asks nothing more.
    await act(async () => fireEvent.click(button));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await act(async () => answer({ ok: true, status: 200, blob: async () => new Blob(['%PDF-']) }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(button.textContent).toBe('Exporter en PDF');
    expect(button.getAttribute('aria-disabled')).toBe('false');
    click.mockRestore();
  });

  it('shows the API’s reason when it cannot print now', async () => {
    global.fetch = jest.fn(async () => ({
      ok: false,
      status: 503,
      text: async () => 'Trop de PDF en préparation : réessayez dans 10 secondes.\n',
    })) as never;
    renderWithProviders(<ReportExportButton format="pdf" href="/rapport/export.pdf" fileName="rapport.pdf" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Exporter en PDF' })));
    expect(screen.getByRole('alert').textContent).toBe('Trop de PDF en préparation : réessayez dans 10 secondes.');
  });

  it('offers the spreadsheet beside the PDF, from the keyboard, for the page’s period and filters or a share link', async () => {
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => new Blob(['PK']) }));
    global.fetch = fetchMock as never;
    URL.createObjectURL = jest.fn(() => 'blob:rapport');
    URL.revokeObjectURL = jest.fn();
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderWithProviders(<ReportExports source={{ token: 'jeton' }} fileStem="rapport-2026-01-01-2026-03-31" />);
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['Exporter en PDF', 'Exporter en tableur (ODS)']);
    const ods = screen.getByRole('button', { name: 'Exporter en tableur (ODS)' });
    // A native button: Enter and Space press it, and it is in the tab order.
    expect(ods.tagName).toBe('BUTTON');
    expect(ods.getAttribute('tabindex')).toBeNull();
    await act(async () => fireEvent.click(ods));
    expect(fetchMock).toHaveBeenCalledWith('/rapport/export.ods?partage=jeton', { credentials: 'same-origin' });
    expect(names).toEqual(['rapport-2026-01-01-2026-03-31.ods']);
    click.mockRestore();
  });

  it('shows why the spreadsheet cannot be had (a withdrawn link)', async () => {
    global.fetch = jest.fn(async () => ({
      ok: false,
      status: 404,
      text: async () => 'Ce lien de partage du rapport n’existe pas ou a été retiré.',
    })) as never;
    renderWithProviders(<ReportExportButton format="ods" href="/rapport/export.ods" fileName="rapport.ods" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Exporter en tableur (ODS)' })));
    expect(screen.getByRole('alert').textContent).toBe('Ce lien de partage du rapport n’existe pas ou a été retiré.');
  });
});
