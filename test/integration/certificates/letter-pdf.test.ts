import { describe, expect, it } from 'vitest';
import { renderLetterPdf } from '../../../shared/certificates/documents/render-letter-pdf.ts';
import { letterInput, letterText } from '../../support/certificate-document-fixtures.ts';
import { overlappingWords, pdfInfo, pdfText, pdfWords, wordsOffPage } from '../../support/poppler.ts';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Whether every word of `expected` appears in `actual` in the same order (headers and page numbers may come between). */
const inOrder = (expected: readonly string[], actual: readonly string[]): boolean => {
  let at = 0;
  for (const word of actual) if (word === expected[at]) at += 1;
  return at === expected.length;
};

describe('a recommendation letter PDF', () => {
  it('carries 6,000 characters of Cyrillic over two pages, every word in order, signed with the mentor’s name and role', async () => {
    const input = letterInput();
    expect(input.text.length).toBeGreaterThan(5_700);
    expect(input.text.length).toBeLessThanOrEqual(6_000);
    const pdf = await renderLetterPdf(input);
    const pages = Number((await pdfInfo(pdf))['Pages']);
    expect(pages).toBeGreaterThanOrEqual(2);
    const { stdout, stderr } = await pdfText(pdf);
    expect(stderr).toBe('');
    expect(inOrder(words(input.text), words(stdout))).toBe(true);
    const [text, mentor, role] = [
      stdout.indexOf('Абзац номер'),
      stdout.indexOf('Петров Сергей Иванович'),
      stdout.indexOf('Наставник программы «Объединение наставников»'),
    ];
    expect(text).toBeGreaterThanOrEqual(0);
    expect(mentor).toBeGreaterThan(stdout.lastIndexOf('Абзац номер'));
    expect(role).toBeGreaterThan(mentor);
    expect(stdout).toContain('Объединение наставников');
    expect(stdout).toContain('Участник программы: Ёлкина Анастасия Вячеславовна');
    expect(stdout).toContain('№ РП-2026-000045 · 14 мая 2026 г.');
    expect(stdout).toContain(`Стр. ${pages} из ${pages}`);
    for (const page of await pdfWords(pdf)) {
      expect(overlappingWords(page)).toEqual([]);
      expect(wordsOffPage(page)).toEqual([]);
    }
  });

  it('keeps a short letter on one page, in English when the letter is', async () => {
    const pdf = await renderLetterPdf(
      letterInput({ language: 'en', text: 'Anastasia led her project with care.\n\nI recommend her warmly.', number: undefined }),
    );
    expect((await pdfInfo(pdf))['Pages']).toBe('1');
    const { stdout } = await pdfText(pdf);
    for (const expected of [
      'Mentors Association',
      'LETTER OF RECOMMENDATION',
      'Programme participant: Ёлкина Анастасия Вячеславовна',
      'I recommend her warmly.',
      'Mentor of the Mentors Association programme',
      '14 May 2026',
      'Page 1 of 1',
    ])
      expect(stdout).toContain(expected);
  });

  it('runs onto as many pages as a longer text takes', async () => {
    const pdf = await renderLetterPdf(letterInput({ text: letterText(20_000) }));
    expect(Number((await pdfInfo(pdf))['Pages'])).toBeGreaterThanOrEqual(5);
  });
});
