import { extractMentions, MAX_MENTIONS } from './mentions';
import {
  assertMarkdownSize,
  MARKDOWN_MAX_LENGTH,
  markdownContainsNul,
  markdownTooLong,
  renderMarkdown,
} from './render-markdown';

/** Invariants every rendered output must satisfy, whatever the input. */
function expectSafe(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(
    /<\/?(iframe|svg|math|img|object|embed|form|input|button|style|base|meta|link|details|noscript|textarea|select)\b/i,
  );
  // Any event handler attribute inside a tag.
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<[^>]*\sstyle\s*=/i);
  expect(html).not.toMatch(/<[^>]*\s(src|action|formaction|srcdoc|target|xlink:href)\s*=/i);
  // Every surviving link is exactly <a href="http(s)/mailto" rel="...">; text outside tags
  // may legitimately contain things like `href="` as escaped prose.
  for (const [tag] of html.matchAll(/<a\b[^>]*>/gi)) {
    expect(tag).toMatch(
      /^<a href="(https?:\/\/|mailto:)[^"]*" rel="nofollow noopener noreferrer">$/,
    );
  }
  expect(html).not.toMatch(/href\s*=\s*"?\s*(javascript|data|vbscript):/i);
  // Every class is a code language hint.
  for (const [, cls] of html.matchAll(/\sclass\s*=\s*"([^"]*)"/gi)) {
    expect(cls).toMatch(/^language-[a-z0-9_+#.-]+$/i);
  }
  // Every <a> is closed by </a> (guards against mismatched end tags from the sanitiser).
  expect(html.match(/<a\b/g)?.length ?? 0).toBe(html.match(/<\/a>/g)?.length ?? 0);
}

describe('renderMarkdown', () => {
  describe('XSS corpus', () => {
    const corpus: Array<[string, string]> = [
      ['script tag', '<script>alert(1)</script>'],
      ['script tag inline', 'Hallo <script>alert(document.cookie)</script> Welt'],
      ['img onerror', '<img src=x onerror=alert(1)>'],
      ['img onerror quoted', '<img src="x" onerror="alert(1)">'],
      ['svg onload', '<svg onload=alert(1)>'],
      ['svg script', '<svg><script>alert(1)</script></svg>'],
      ['svg animate', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'],
      [
        'svg a xlink',
        '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">X</text></a></svg>',
      ],
      [
        'math href',
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      ],
      ['math maction', '<math href="javascript:alert(1)">CLICK</math>'],
      ['math mi xlink', '<math><mi xlink:href="data:x,<script>alert(1)</script>">X</mi></math>'],
      ['iframe', '<iframe src="https://evil.example/"></iframe>'],
      ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
      ['object', '<object data="javascript:alert(1)"></object>'],
      ['embed', '<embed src="javascript:alert(1)">'],
      [
        'form action',
        '<form action="https://evil.example/"><input name=p><button>Senden</button></form>',
      ],
      ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
      ['html a javascript', '<a href="javascript:alert(1)">klick</a>'],
      ['md link javascript', '[x](javascript:alert(1))'],
      ['md link mixed case', '[x](JaVaScRiPt:alert(1))'],
      ['md link tab entity', '[x](jav&#x09;ascript:alert(1))'],
      ['md link newline entity', '[x](jav&#x0A;ascript:alert(1))'],
      ['md link data', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
      ['md link vbscript', '[x](vbscript:msgbox(1))'],
      ['md link leading space', '[x]( javascript:alert(1))'],
      ['md link angle brackets', '[x](<javascript:alert(1)>)'],
      ['md reference link', '[x][r]\n\n[r]: javascript:alert(1)'],
      ['html a entity j', '<a href="&#106;avascript:alert(1)">x</a>'],
      [
        'html a hex entities',
        '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
      ],
      ['html a entity no semicolon', '<a href="&#106avascript:alert(1)">x</a>'],
      ['html a tab in scheme', '<a href="java\tscript:alert(1)">x</a>'],
      ['html a control char', '<a href="\u0001javascript:alert(1)">x</a>'],
      ['html a colon entity', '<a href="javascript&colon;alert(1)">x</a>'],
      ['html a data', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
      ['html a vbscript', '<a href="VBScript:msgbox(1)">x</a>'],
      ['link with credentials', '[BSI](https://www.bsi.bund.de@evil.example/)'],
      ['html a protocol relative', '<a href="//evil.example/">x</a>'],
      ['html a backslash relative', '<a href="\\\\evil.example/">x</a>'],
      ['style tag', '<style>body{background:url(https://evil.example/track)}</style>'],
      ['style attribute', '<p style="position:fixed;top:0">x</p>'],
      ['style attribute on allowed link', '<a href="https://ok.example" style="color:red">x</a>'],
      ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
      ['noscript title break-out', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
      ['nested script', '<<script>script>alert(1)<</script>/script>'],
      ['split script', '<scr<script>ipt>alert(1)</script>'],
      ['md autolink javascript', '<javascript:alert(1)>'],
      ['md autolink data', '<data:text/html,alert(1)>'],
      ['comment hides tag', '<!-- <script>alert(1)</script> -->'],
      ['comment break-out', '<!--><img src=x onerror=alert(1)>-->'],
      ['conditional comment', '<!--[if IE]><script>alert(1)</script><![endif]-->'],
      ['cdata', '<![CDATA[<script>alert(1)</script>]]>'],
      ['base href', '<base href="https://evil.example/">'],
      ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
      ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
      ['onclick on allowed link', '<a href="https://ok.example" onclick="alert(1)">ok</a>'],
      ['target blank', '<a href="https://ok.example" target="_blank">ok</a>'],
      ['event on allowed tag', '<p onmouseover="alert(1)">x</p>'],
      ['uppercase event', '<P ONMOUSEOVER="alert(1)">x</P>'],
      ['event without quotes and slash', '<p/onmouseover=alert(1)>x</p>'],
      ['class on paragraph', '<p class="admin-banner">x</p>'],
      ['id attribute', '<h1 id="login">x</h1>'],
      ['textarea', '<textarea><script>alert(1)</script></textarea>'],
      ['template', '<template><script>alert(1)</script></template>'],
      ['image md', '![x](https://tracker.example/pixel.gif)'],
      ['image md javascript', '![x" onerror="alert(1)](javascript:alert(1))'],
      ['image in link', '[![x](https://tracker.example/p.gif)](https://ok.example)'],
      ['code fence lang injection', '```js" onmouseover="alert(1)\nx\n```'],
      [
        'unclosed attribute',
        '<a href="https://ok.example" title="x>y</a><script>alert(1)</script>',
      ],
      ['xmp', '<xmp><script>alert(1)</script></xmp>'],
      ['plaintext', '<plaintext><script>alert(1)</script>'],
      ['NUL in tag', '<scr\u0000ipt>alert(1)</script>'],
      ['table with event', '| a |\n|---|\n| <img src=x onerror=alert(1)> |'],
      ['list with html', '- <svg onload=alert(1)>\n- [x](javascript:alert(1))'],
      ['blockquote with iframe', '> <iframe src="https://evil.example"></iframe>'],
    ];

    it.each(corpus)('neutralises %s', (_name, input) => {
      expectSafe(renderMarkdown(input));
    });

    it('keeps the text of a rejected link but drops the link itself', () => {
      expect(renderMarkdown('[klick mich](javascript:alert(1))')).toBe('<p>klick mich</p>\n');
      expect(renderMarkdown('<a href="javascript:alert(1)">klick</a>')).toBe('<p>klick</p>\n');
    });

    it('drops links carrying credentials, which disguise the real host', () => {
      expect(renderMarkdown('[BSI](https://www.bsi.bund.de@evil.example/)')).toBe('<p>BSI</p>\n');
    });

    it('drops relative links', () => {
      const html = renderMarkdown('[Admin](/admin/users) und [hier](foo.html) und [anker](#top)');
      expect(html).not.toContain('<a');
      expect(html).toContain('Admin');
    });

    it('closes links correctly after a rejected link at the same depth', () => {
      const html = renderMarkdown(
        '[a](javascript:x) [b](https://ok.example) [c](/rel) [d](https://ok.example/d)',
      );
      expect(html).toBe(
        '<p>a <a href="https://ok.example" rel="nofollow noopener noreferrer">b</a> c ' +
          '<a href="https://ok.example/d" rel="nofollow noopener noreferrer">d</a></p>\n',
      );
    });

    it("replaces an allowed link's rel and strips target and handlers", () => {
      const html = renderMarkdown(
        '<a href="https://ok.example" rel="opener" target="_blank" onclick="x">ok</a>',
      );
      expect(html).toBe(
        '<p><a href="https://ok.example" rel="nofollow noopener noreferrer">ok</a></p>\n',
      );
    });

    it('drops script content instead of showing it as text', () => {
      expect(renderMarkdown('vorher <script>alert(1)</script> nachher')).toBe(
        '<p>vorher  nachher</p>\n',
      );
    });

    it('hides HTML comments', () => {
      expect(renderMarkdown('a <!-- geheim --> b')).not.toContain('geheim');
    });

    it('renders images as their alt text only', () => {
      expect(renderMarkdown('Siehe ![Netzplan <v2>](https://tracker.example/p.png)')).toBe(
        '<p>Siehe Netzplan &lt;v2&gt;</p>\n',
      );
      expect(renderMarkdown('<img src="https://tracker.example/p.png" alt="x">')).not.toContain(
        'tracker',
      );
    });

    it('treats NUL as a replacement character', () => {
      expect(renderMarkdown('a\u0000b')).toBe('<p>a\uFFFDb</p>\n');
    });
  });

  describe('benign content', () => {
    it('keeps German text with umlauts', () => {
      expect(renderMarkdown('Größe, Übergabe, Maßnahme')).toBe(
        '<p>Größe, Übergabe, Maßnahme</p>\n',
      );
    });

    it('renders basic formatting', () => {
      const html = renderMarkdown(
        '# Titel\n\n**fett** *kursiv* ~~weg~~ `code`\n\n> Zitat\n\n---\n\n1. eins\n2. zwei\n\n- a\n- b',
      );
      expectSafe(html);
      for (const fragment of [
        '<h1>Titel</h1>',
        '<strong>fett</strong>',
        '<em>kursiv</em>',
        '<del>weg</del>',
        '<code>code</code>',
        '<blockquote>',
        '<hr />',
        '<ol>',
        '<ul>',
        '<li>eins</li>',
      ]) {
        expect(html).toContain(fragment);
      }
    });

    it('adds rel=nofollow to external links', () => {
      expect(renderMarkdown('[BSI](https://www.bsi.bund.de)')).toBe(
        '<p><a href="https://www.bsi.bund.de" rel="nofollow noopener noreferrer">BSI</a></p>\n',
      );
    });

    it('autolinks bare URLs, www. hosts and e-mail addresses', () => {
      const html = renderMarkdown(
        'Siehe https://www.bsi.bund.de/DE/Home und www.cert-bund.de oder cert@bsi.bund.de',
      );
      expectSafe(html);
      expect(html).toContain(
        '<a href="https://www.bsi.bund.de/DE/Home" rel="nofollow noopener noreferrer">https://www.bsi.bund.de/DE/Home</a>',
      );
      expect(html).toContain(
        '<a href="http://www.cert-bund.de" rel="nofollow noopener noreferrer">',
      );
      expect(html).toContain(
        '<a href="mailto:cert@bsi.bund.de" rel="nofollow noopener noreferrer">',
      );
    });

    it('keeps query strings in links correctly escaped', () => {
      expect(renderMarkdown('[x](https://example.org/?a=1&b=2)')).toContain(
        'href="https://example.org/?a=1&amp;b=2"',
      );
    });

    it('escapes HTML inside fenced code blocks and keeps the language class', () => {
      const html = renderMarkdown('```html\n<script>alert("x")</script>\n```');
      expect(html).toBe(
        '<pre><code class="language-html">&lt;script&gt;alert("x")&lt;/script&gt;\n</code></pre>\n',
      );
    });

    it('escapes HTML inside inline code', () => {
      expect(renderMarkdown('Nie `<img src=x onerror=alert(1)>` posten')).toBe(
        '<p>Nie <code>&lt;img src=x onerror=alert(1)&gt;</code> posten</p>\n',
      );
    });

    it('renders tables with column alignment', () => {
      const html = renderMarkdown('| CVE | Schwere |\n|:----|--------:|\n| CVE-2024-1 | hoch |');
      expectSafe(html);
      expect(html).toContain('<table>');
      expect(html).toContain('<th align="left">CVE</th>');
      expect(html).toContain('<td align="right">hoch</td>');
    });

    it('keeps the start number of ordered lists', () => {
      expect(renderMarkdown('3. drei\n4. vier')).toContain('<ol start="3">');
    });

    it('keeps allowed raw HTML', () => {
      expect(renderMarkdown('<strong>wichtig</strong> und <em>so</em>')).toBe(
        '<p><strong>wichtig</strong> und <em>so</em></p>\n',
      );
    });
  });
});

describe('assertMarkdownSize', () => {
  it('accepts text up to the limit', () => {
    expect(() => assertMarkdownSize('a'.repeat(MARKDOWN_MAX_LENGTH), 'body')).not.toThrow();
  });

  it('rejects text over the limit with a message naming the field', () => {
    expect(() => assertMarkdownSize('a'.repeat(MARKDOWN_MAX_LENGTH + 1), 'body')).toThrow(
      markdownTooLong('body', MARKDOWN_MAX_LENGTH),
    );
  });

  it('counts astral characters once', () => {
    expect(() => assertMarkdownSize('🔒'.repeat(10), 'title', 10)).not.toThrow();
    expect(() => assertMarkdownSize('🔒'.repeat(11), 'title', 10)).toThrow(
      markdownTooLong('title', 10),
    );
  });

  it('rejects NUL characters', () => {
    expect(() => assertMarkdownSize('a\u0000b', 'body')).toThrow(markdownContainsNul('body'));
  });

  it('formats the German message', () => {
    expect(markdownTooLong('content', 64000)).toBe(
      "Der Text im Feld 'content' ist zu lang (höchstens 64000 Zeichen).",
    );
  });
});

describe('extractMentions', () => {
  it('finds handles with dots, underscores and umlauts', () => {
    expect(extractMentions('@anna.schmidt und @jörg_müller')).toEqual([
      'anna.schmidt',
      'jörg_müller',
    ]);
  });

  it('lowercases and deduplicates in order of first appearance', () => {
    expect(extractMentions('@Bob, @anna und nochmal @BOB und @Anna')).toEqual(['bob', 'anna']);
  });

  it('does not treat e-mail addresses as mentions', () => {
    expect(extractMentions('Schreib an a@b.de oder anna.schmidt@bsi.bund.de')).toEqual([]);
    expect(extractMentions('Kontakt: <cert@bsi.bund.de>')).toEqual([]);
  });

  it('does not treat user@host as a mention', () => {
    expect(extractMentions('@anna@mastodon.social')).toEqual([]);
  });

  it('ignores mentions in inline code and code blocks', () => {
    expect(extractMentions('`@nicht` aber @doch')).toEqual(['doch']);
    expect(
      extractMentions('```\n@im_block\n```\n\n~~~\n@tilde\n~~~\n\n    @eingerueckt\n\n@draussen'),
    ).toEqual(['draussen']);
  });

  it('strips a sentence-ending dot', () => {
    expect(extractMentions('Danke @anna. Und @ben...')).toEqual(['anna', 'ben']);
  });

  it('enforces the length limits', () => {
    expect(extractMentions('@a @ab')).toEqual(['ab']);
    expect(extractMentions(`@${'x'.repeat(40)}`)).toEqual(['x'.repeat(40)]);
    // Not truncated to the first 40 characters, which could be someone else's handle.
    expect(extractMentions(`@${'x'.repeat(41)}`)).toEqual([]);
  });

  it('finds mentions in lists, quotes, tables, emphasis and links', () => {
    const md =
      '- @liste\n\n> @zitat\n\n| a |\n|---|\n| @zelle |\n\n**@fett** [@link](https://example.org)';
    expect(extractMentions(md)).toEqual(['liste', 'zitat', 'zelle', 'fett', 'link']);
  });

  it('ignores mentions inside URLs and after a backslash', () => {
    expect(extractMentions('https://social.example/@anna und \\@ben')).toEqual([]);
  });

  it('matches decomposed umlauts like composed ones', () => {
    expect(extractMentions('@jo\u0308rg')).toEqual(['jörg']);
  });

  it('returns at most MAX_MENTIONS handles', () => {
    const md = Array.from({ length: 80 }, (_, i) => `@user${i}`).join(' ');
    const mentions = extractMentions(md);
    expect(mentions).toHaveLength(MAX_MENTIONS);
    expect(mentions[0]).toBe('user0');
  });
});
