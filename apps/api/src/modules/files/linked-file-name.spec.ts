import { safeFileName } from '@culture-commune/shared';
import { linkedFileName } from './linked-file-name';

describe('naming a file taken from a link', () => {
  it('takes the name the server gives, UTF-8 form first', () => {
    expect(linkedFileName('https://a.example/t?id=3', `attachment; filename*=UTF-8''Guide%20%C3%A9crans.pdf`)).toBe(
      'Guide écrans.pdf',
    );
    expect(linkedFileName('https://a.example/t', 'inline; filename="rapport \\"final\\".pdf"')).toBe(
      'rapport "final".pdf',
    );
    expect(linkedFileName('https://a.example/t', 'attachment; filename=fiche.pdf')).toBe('fiche.pdf');
  });

  it('else the last segment of the address, decoded, which safeFileName then cleans', () => {
    expect(linkedFileName('https://a.example/docs/Fiche%20atelier.pdf?v=2', null)).toBe('Fiche atelier.pdf');
    expect(safeFileName(linkedFileName('https://a.example/x/..%2F..%2Fetc%2Fpasswd', null), 'pdf')).toBe('passwd.pdf');
    expect(safeFileName(linkedFileName('https://a.example/', 'attachment'), 'pdf')).toBe('fichier.pdf');
  });
});
