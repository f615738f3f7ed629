import { DomainError } from '../../common/errors/domain-errors';
import { detectIdentifier, validIsbn } from './identifiers';

describe('a DOI or an ISBN typed in the URL field', () => {
  it.each([
    ['10.1000/xyz123', '10.1000/xyz123'],
    ['doi:10.3917/enf1.231.0045', '10.3917/enf1.231.0045'],
    ['https://doi.org/10.3917/ENF1.231.0045', '10.3917/ENF1.231.0045'],
    ['http://dx.doi.org/10.1016/j.chb.2020.106%3A1', '10.1016/j.chb.2020.106:1'],
  ])('%s is the DOI %s', (input, doi) => {
    expect(detectIdentifier(input)).toEqual({ kind: 'doi', doi });
  });

  it.each([
    ['978-2-07-036822-8', '9782070368228'],
    ['ISBN 2-07-036822-X', '207036822X'],
    ['isbn-13: 979 10 90636 07 1', '9791090636071'],
    ['0306406152', '0306406152'],
  ])('%s is the ISBN %s', (input, isbn) => {
    expect(detectIdentifier(input)).toEqual({ kind: 'isbn', isbn });
  });

  it('refuses an ISBN whose check digit is wrong, with its reason', () => {
    expect(() => detectIdentifier('978-2-07-036822-9')).toThrow(
      expect.objectContaining<Partial<DomainError>>({ reason: 'badUserInput.isbnChecksum' }),
    );
    expect(validIsbn('2070368220')).toBe(false);
  });

  it.each(['https://exemple.fr/10.1000/xyz', '12345', 'Les écrans', '10.12/court'])('%s is neither', (input) => {
    expect(detectIdentifier(input)).toBeNull();
  });
});
