import { pseudonymise } from './pseudonymise';

describe('pseudonymise', () => {
  it('replaces full and bare names of affected municipalities, longest first', () => {
    const text =
      'Die Stadt Siegen und Bad Berleburg waren offline; in Siegen lief der Notbetrieb. Burbach meldete sich spät.';
    expect(pseudonymise(text, ['Stadt Siegen', 'Stadt Bad Berleburg', 'Gemeinde Burbach'])).toBe(
      'Die Kommune A und Kommune B waren offline; in Kommune A lief der Notbetrieb. Kommune C meldete sich spät.',
    );
  });

  it('leaves words that merely contain a name', () => {
    expect(pseudonymise('Siegener Zeitung', ['Stadt Siegen'])).toBe('Siegener Zeitung');
  });
});
