import { describe, expect, it } from 'vitest';
import { csafMessagesOf, parseCsafProblem, testLabel } from './csaf-problems';
import { safeHeadline } from './headline';

describe('parseCsafProblem', () => {
  it('splits a validator finding into test, place and message', () => {
    expect(parseCsafProblem('[mandatoryTest_6_1_26] /document/category: value prohibited')).toEqual(
      { test: 'mandatoryTest_6_1_26', path: '/document/category', message: 'value prohibited' },
    );
    expect(parseCsafProblem('[csaf_2_0] /: must have required property "document"')).toEqual({
      test: 'csaf_2_0',
      path: '/',
      message: 'must have required property "document"',
    });
    expect(parseCsafProblem('Das CSAF-Dokument muss ein JSON-Objekt sein.')).toEqual({
      test: null,
      path: null,
      message: 'Das CSAF-Dokument muss ein JSON-Objekt sein.',
    });
  });

  it('names the tests in German with the section number', () => {
    expect(testLabel('mandatoryTest_6_1_27_7')).toBe('Pflichttest 6.1.27.7');
    expect(testLabel('csaf_2_1')).toBe('Schema');
  });

  it('reads the messages from an import error', () => {
    const error = { errors: [{ extensions: { code: 'BAD_USER_INPUT', messages: ['a', 3, 'b'] } }] };
    expect(csafMessagesOf(error)).toEqual(['a', 'b']);
    expect(csafMessagesOf(new Error('x'))).toEqual([]);
  });
});

describe('safeHeadline', () => {
  it('keeps only <mark> and escapes any other markup', () => {
    expect(safeHeadline('Die <mark>Schwachstelle</mark> &amp; mehr')).toBe(
      'Die <mark>Schwachstelle</mark> &amp; mehr',
    );
    expect(safeHeadline('<img src=x onerror=alert(1)><mark>x</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<mark>x</mark>',
    );
  });
});
