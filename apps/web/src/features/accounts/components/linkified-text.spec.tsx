import { render } from '@testing-library/react';
import { LinkifiedText, linkSegments } from './linkified-text';

describe('LinkifiedText', () => {
  it('turns the http(s) addresses of a mail into links, without the sentence’s final punctuation', () => {
    const text =
      'Bonjour Yanis,\n\nPour choisir votre mot de passe, ouvrez ce lien : http://localhost:4200/invitation?jeton=abc_123-XYZ.\nÀ bientôt (https://culture-commune.example.org/aide).';
    const { container } = render(
      <p>
        <LinkifiedText text={text} />
      </p>,
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'http://localhost:4200/invitation?jeton=abc_123-XYZ',
      'https://culture-commune.example.org/aide',
    ]);
    expect(links[0].textContent).toBe('http://localhost:4200/invitation?jeton=abc_123-XYZ');
    // Nothing is lost or added: the text reads as it was sent.
    expect(container.textContent).toBe(text);
  });

  it('keeps markup as text: a <script> or an <img onerror> in a mail is shown, never run', () => {
    const text =
      'Avant <script>alert("piège")</script> <img src=x onerror="alert(1)"> après https://exemple.org/?a=1&b=<b>2</b>';
    const { container } = render(
      <div>
        <LinkifiedText text={text} />
      </div>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe(text);
    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://exemple.org/?a=1&b=');
  });

  it('makes links of http and https addresses only', () => {
    expect(linkSegments('javascript:alert(1) ftp://exemple.org mailto:a@b.org https:// seul')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) ftp://exemple.org mailto:a@b.org https:// seul' },
    ]);
    expect(linkSegments('https://a.example')).toEqual([{ kind: 'link', href: 'https://a.example' }]);
  });
});
