import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ReportPdfButton } from './report-pdf-button';

describe('ReportPdfButton', () => {
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
      <ReportPdfButton href="/rapport/export.pdf?partage=jeton" fileName="rapport-2026-01-01-2026-03-31.pdf" />,
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
    renderWithProviders(<ReportPdfButton href="/rapport/export.pdf" fileName="rapport.pdf" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Exporter en PDF' })));
    expect(screen.getByRole('alert').textContent).toBe('Trop de PDF en préparation : réessayez dans 10 secondes.');
  });
});
