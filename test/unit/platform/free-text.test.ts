import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import * as z from 'zod';
import { validatePart } from '../../../shared/platform/http/field-problems.ts';
import { freeText, hasInvalidCharacters } from '../../../shared/platform/text/free-text.ts';

const oneLine = freeText({ max: 100 });
const long = freeText({ max: 2000, multiline: true });

const codesOf = (schema: z.ZodType, value: unknown): string[] => {
  const result = validatePart('body', z.strictObject({ text: schema }), { text: value });
  return result.ok ? [] : result.problems.map((problem) => `${problem.field} ${problem.code}`);
};

describe('free text: what every text field from a client refuses and how it is normalised', () => {
  const refused: readonly (readonly [string, string])[] = [
    ['a lone high surrogate', 'Иван\ud83d'],
    ['a lone low surrogate', '\ude00Иван'],
    ['a high surrogate before an ordinary letter', 'cv\ud800a.pdf'],
    ['NUL', 'Иван\u0000'],
    ['escape', 'a\u001b[31m'],
    ['DEL', 'a\u007f'],
    ['a C1 control', 'a\u0085b'],
    ['a right-to-left override', 'cv\u202efdp.exe'],
    ['a left-to-right embedding', '\u202aИван'],
    ['a first-strong isolate', 'a\u2068b\u2069'],
    ['a right-to-left mark', 'Иван\u200f'],
    ['a left-to-right mark', '\u200eИван'],
    ['the Arabic letter mark', 'a\u061cb'],
  ];
  for (const [label, text] of refused) {
    it(`refuses ${label} in one-line and in long text with invalid-characters`, () => {
      assert.deepEqual(codesOf(oneLine, text), ['body.text invalid-characters']);
      assert.deepEqual(codesOf(long, text), ['body.text invalid-characters']);
      assert.equal(hasInvalidCharacters(text), true);
    });
  }

  it('speaks Russian and English when it refuses', () => {
    const result = validatePart('body', z.strictObject({ text: oneLine }), { text: 'a\u0000' });
    assert.equal(result.ok, false);
    const [problem] = result.ok ? [] : result.problems;
    assert.match(problem?.message.en ?? '', /not allowed/);
    assert.match(problem?.message.ru ?? '', /недопустимые символы/);
  });

  it('accepts emoji (surrogate pairs), flags, joined emoji, Cyrillic, combining accents and typographic punctuation', () => {
    for (const text of ['😀', 'Команда 🇷🇺 👨‍👩‍👧', 'Ёлкин Пётр', 'Jose\u0301', 'Zoë «Ёж» — “test” №5', 'O’Brien-Smith'])
      assert.deepEqual(codesOf(oneLine, text), [], JSON.stringify(text));
  });

  it('keeps line breaks and tabs in long text only', () => {
    assert.deepEqual(codesOf(long, 'Первая строка\r\nвторая\n\tтретья'), []);
    assert.deepEqual(codesOf(oneLine, 'first\nsecond'), ['body.text invalid-characters']);
    assert.deepEqual(codesOf(oneLine, 'first\tsecond'), ['body.text invalid-characters']);
    assert.deepEqual(codesOf(oneLine, 'first\u2028second'), ['body.text invalid-characters']);
  });

  it('NFC-normalises and trims what it accepts, and counts the limit after normalising', () => {
    assert.equal(oneLine.parse('  Jose\u0301  '), 'Jos\u00e9');
    assert.equal(oneLine.parse('\u0418\u0306\u043e\u0448\u043a\u0430'), '\u0419\u043e\u0448\u043a\u0430');
    assert.equal(freeText({ max: 1 }).parse('e\u0301'), '\u00e9');
    assert.equal(freeText({ max: 10, trim: false, min: 0 }).parse(' a '), ' a ');
  });

  it('keeps the length limits, and states the refused characters as a pattern in JSON Schema', () => {
    assert.deepEqual(codesOf(oneLine, ''), ['body.text too-small']);
    assert.deepEqual(codesOf(oneLine, '   '), ['body.text too-small']);
    assert.deepEqual(codesOf(freeText({ max: 3 }), 'abcd'), ['body.text too-big']);
    const schema = z.toJSONSchema(freeText({ min: 3, max: 300 }), { io: 'input' }) as { pattern?: string };
    assert.deepEqual(
      { ...schema, pattern: undefined },
      {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'string',
        minLength: 3,
        maxLength: 300,
        pattern: undefined,
      },
    );
    // The documented pattern refuses what the schema refuses: a control character, a bidi control.
    const documented = new RegExp(schema.pattern ?? '', 'u');
    assert.equal(documented.test('Обычный текст'), true);
    assert.equal(documented.test('a\u0000b'), false);
    assert.equal(documented.test('a\u202eb'), false);
  });
});
