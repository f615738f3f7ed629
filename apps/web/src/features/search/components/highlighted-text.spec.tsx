import { render } from '@testing-library/react';
import { HighlightedText } from './highlighted-text';

describe('HighlightedText', () => {
  it('wraps the matching segments in <mark> and leaves the others as plain text', () => {
    const { container } = render(
      <p>
        <HighlightedText
          segments={[
            { text: 'Les ', match: false },
            { text: 'écrans', match: true },
            { text: ' et la ', match: false },
            { text: 'petite enfance', match: true },
          ]}
        />
      </p>,
    );
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['écrans', 'petite enfance']);
    expect(container.textContent).toBe('Les écrans et la petite enfance');
  });

  it('shows markup in a segment as text instead of interpreting it', () => {
    const { container } = render(
      <p>
        <HighlightedText segments={[{ text: '<img src=x onerror=alert(1)><b>gras</b>', match: true }]} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)><b>gras</b>');
  });

  it('falls back to the plain text when the API sent no segments', () => {
    const { container } = render(
      <p>
        <HighlightedText segments={[]} fallback="Titre sans surlignage" />
      </p>,
    );
    expect(container.textContent).toBe('Titre sans surlignage');
    expect(container.querySelector('mark')).toBeNull();
  });
});
