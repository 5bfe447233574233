import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText } from '../../../shared/certificates/documents/fit-text.ts';
import { wrapText } from '../../../shared/certificates/documents/wrap-text.ts';

/** A monospaced stand-in: every character half the size wide, so widths are easy to reason about. */
const mono = { widthOfTextAtSize: (text: string, size: number) => Array.from(text).length * size * 0.5 };

describe('wrapping text to a width', () => {
  it('breaks at spaces, filling each line', () => {
    expect(wrapText('один два три четыре', mono, 10, 45)).toEqual(['один два', 'три', 'четыре']);
  });

  it('cuts a word longer than a whole line into pieces that fit', () => {
    expect(wrapText(`аб ${'в'.repeat(25)}`, mono, 10, 50)).toEqual(['аб', 'вввввввввв', 'вввввввввв', 'ввввв']);
  });

  it('never makes a line wider than the width, and loses no word', () => {
    const word = fc.string({ unit: fc.constantFrom('а', 'б', 'Ё', 'z'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 60, max: 300 }), (words, width) => {
        const lines = wrapText(words.join(' '), mono, 10, width);
        for (const line of lines) expect(mono.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(width);
        expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words);
      }),
    );
  });
});

describe('fitting text to a box', () => {
  const box = { maxWidth: 100, size: 20, minSize: 10, maxLines: 2 };

  it('keeps text that fits at its size', () => {
    expect(fitText('Анна', mono, box)).toEqual({ size: 20, lines: ['Анна'] });
  });

  it('shrinks a longer text to keep it on one line, down to the smallest size', () => {
    const fitted = fitText('а'.repeat(16), mono, box);
    expect(fitted.lines).toEqual(['а'.repeat(16)]);
    expect(fitted.size).toBe(12.5);
  });

  it('wraps at the smallest size beyond that, and ends the last line it has room for with an ellipsis', () => {
    expect(fitText('один два три', mono, { ...box, maxWidth: 45 })).toEqual({ size: 10, lines: ['один два', 'три'] });
    expect(fitText('один два три четыре', mono, { ...box, maxWidth: 45 })).toEqual({ size: 10, lines: ['один два', 'три…'] });
    expect(fitText('один два три четыре пять шесть', mono, { ...box, maxWidth: 50 })).toEqual({
      size: 10,
      lines: ['один два', 'три четыр…'],
    });
  });
});
