import { tidyText } from './text-pages';

describe('tidyText', () => {
  it('drops control characters that PostgreSQL text cannot hold, keeps line breaks and tabs', () => {
    expect(tidyText('zoo\u0000trope\u0007\nligne\tdeux\u001f')).toBe('zootrope\nligne\tdeux');
  });

  it('collapses spaces and blank lines', () => {
    expect(tidyText('  a   b\r\n\r\n\r\n c \u00a0 ')).toBe('a b\n\nc');
  });
});
