import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TlpBanner } from './TlpBanner';

describe('TlpBanner', () => {
  it('shows the label in the FIRST colour class and says who may receive it', () => {
    render(
      <MantineProvider>
        <TlpBanner tlp="AMBER_STRICT" />
      </MantineProvider>,
    );
    const banner = screen.getByRole('region', { name: 'Weitergabe' });
    expect(banner.textContent).toBe(
      'TLP:AMBER+STRICT – nur für Mitglieder der Empfängerorganisationen, keine Weitergabe an Kunden',
    );
    expect(screen.getByText('TLP:AMBER+STRICT').className).toContain('tlp-amber_strict');
  });
});
