import { describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../../shared/certificates/documents/render-certificate-pdf.ts';
import { renderLetterPdf } from '../../../shared/certificates/documents/render-letter-pdf.ts';
import { certificateInput, letterInput, VERIFICATION_URL } from '../../support/certificate-document-fixtures.ts';
import { overlappingWords, pagePng, pdfInfo, pdfText, pdfWords, qrText, wordsOffPage } from '../../support/poppler.ts';

/** No word drawn over another or off its page, on any page. */
const expectTidyPages = async (pdf: Uint8Array): Promise<void> => {
  for (const page of await pdfWords(pdf)) {
    expect(overlappingWords(page)).toEqual([]);
    expect(wordsOffPage(page)).toEqual([]);
  }
};

/** What people paste into names and letters: none of it may break a document. */
const HOSTILE: Readonly<Record<string, string>> = {
  emoji: 'Анна 👩‍👩‍👧‍👦 Иванова 😀❤️',
  'right to left': '\u202Eשלום עולם\u202C مرحبا Анна',
  'other scripts': '李小龙 キム Ли',
  'a 400-character name': 'Ёлкина-Преображенская Анастасия '.repeat(13).slice(0, 400),
  'one 400-character word': 'Щ'.repeat(400),
  'line breaks and tabs': 'Анна\nИванова\r\n\tПетровна',
  'control characters': 'Анна\u0000\u0007\u001b[31mИванова\u007f\u0085',
  'lone surrogates': 'Анна \ud800 \udfff Иванова',
  'nothing printable': '\u200b\u202e\u0000',
};

describe('documents from hostile text', () => {
  for (const [kind, text] of Object.entries(HOSTILE)) {
    it(`renders a certificate with ${kind} in every field, still a sound PDF with its QR code and nothing drawn over anything`, async () => {
      const pdf = await renderCertificatePdf(
        certificateInput({
          holderName: text,
          number: text.slice(0, 40),
          programmeName: { ru: text, en: text },
          seasonTitle: { ru: text, en: text },
          achievement: { ru: text, en: text },
          track: { ru: text, en: text },
          issuerName: { ru: text, en: text },
        }),
      );
      const { stderr } = await pdfText(pdf);
      expect(stderr).toBe('');
      expect((await pdfInfo(pdf))['Pages']).toBe('1');
      expect(qrText(await pagePng(pdf))).toBe(VERIFICATION_URL);
      await expectTidyPages(pdf);
    });

    it(`renders a letter with ${kind} in its text and names, still a sound PDF with nothing drawn over anything`, async () => {
      const pdf = await renderLetterPdf(
        letterInput({ holderName: text, mentorName: text, mentorRole: { ru: text, en: text }, text: `${text}\n\n${text}`, number: text }),
      );
      const { stderr } = await pdfText(pdf);
      expect(stderr).toBe('');
      await expectTidyPages(pdf);
    });
  }

  it('prints a question mark for each character it cannot draw and keeps the rest of the name', async () => {
    const { stdout } = await pdfText(await renderCertificatePdf(certificateInput({ holderName: HOSTILE['emoji'] })));
    expect(stdout).toContain('Анна ? Иванова ??');
  });

  it('shrinks a long name to one line before it wraps it', async () => {
    const name = 'Константинопольская-Преображенская Анастасия-Мария Вячеславовна';
    const { stdout } = await pdfText(await renderCertificatePdf(certificateInput({ holderName: name })));
    expect(stdout).toContain(name);
  });
});
