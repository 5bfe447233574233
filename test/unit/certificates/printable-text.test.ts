import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ptSansFiles } from '../../../shared/certificates/documents/pdf-fonts.ts';
import { printableLine, printableLines } from '../../../shared/certificates/documents/printable-text.ts';

const { covers } = await ptSansFiles();
const line = (text: string): string => printableLine(text, covers);

describe('text made printable in PT Sans', () => {
  it('keeps Cyrillic and Latin names as they are', () => {
    expect(line('Ёлкина Анастасия Вячеславовна')).toBe('Ёлкина Анастасия Вячеславовна');
    expect(line('Anne-Marie O’Neill')).toBe('Anne-Marie O’Neill');
    expect(line('«ПроКадры» — № 5, ₽ 100')).toBe('«ПроКадры» — № 5, ₽ 100');
  });

  it('draws a letter typed as a base and a combining mark as the one glyph it composes to', () => {
    expect(line('Е\u0308лкина')).toBe('Ёлкина');
  });

  it('turns each character the font cannot draw into one question mark, an emoji sequence counting as one', () => {
    expect(line('Анна 😀')).toBe('Анна ?');
    expect(line('Анна 👩‍👩‍👧‍👦 ❤️ 👍🏽')).toBe('Анна ? ? ?');
    expect(line('李小龙')).toBe('???');
    expect(line('שלום')).toBe('????');
    expect(line('\ud800x')).toBe('?x');
  });

  it('drops invisible formatting: bidi overrides and marks, joiners, soft hyphens', () => {
    expect(line('\u202EАнна\u202C \u200FИванова\u200E')).toBe('Анна Иванова');
    expect(line('Ан\u00ADна\u200B')).toBe('Анна');
  });

  it('makes line breaks and control characters single spaces, trimmed', () => {
    expect(line('  Анна\n\tИванова\r\n\u0000\u0007Петровна  ')).toBe('Анна Иванова Петровна');
  });

  it('keeps the lines of a letter, blank ones as empty strings', () => {
    expect(printableLines('Первый абзац,\r\nего вторая строка.\n\n  \nВторой 😀 абзац.', covers)).toEqual([
      'Первый абзац,',
      'его вторая строка.',
      '',
      '',
      'Второй ? абзац.',
    ]);
  });

  it('answers, for any text at all, only characters the font draws, with no control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const printable = line(text);
        expect(printable).not.toMatch(/[\p{Cc}]/u);
        for (const character of printable) expect(covers(character.codePointAt(0) ?? 0)).toBe(true);
      }),
    );
  });
});
