import { describe, expect, it } from 'vitest';
import { renderPreview, safeUrl } from './markdown-preview';

describe('renderPreview', () => {
  it('renders Markdown', () => {
    expect(renderPreview('**fett** und _kursiv_')).toContain('<strong>fett</strong>');
  });
  it('escapes raw HTML', () => {
    const html = renderPreview('<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });
  it('drops javascript: links but keeps their text', () => {
    const html = renderPreview('[klick](javascript:alert(1))');
    expect(html).not.toContain('href');
    expect(html).toContain('klick');
  });
  it('keeps https links', () => {
    expect(renderPreview('[BSI](https://www.bsi.bund.de)')).toContain(
      'href="https://www.bsi.bund.de"',
    );
  });
});

describe('safeUrl', () => {
  it('allows http(s), mailto and app paths only', () => {
    expect(safeUrl('https://a.de')).toBe('https://a.de');
    expect(safeUrl('mailto:x@y.de')).toBe('mailto:x@y.de');
    expect(safeUrl('/foren')).toBe('/foren');
    expect(safeUrl('//evil.example')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl(' JavaScript:alert(1)')).toBeNull();
  });
});
