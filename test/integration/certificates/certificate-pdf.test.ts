import { describe, expect, it } from 'vitest';
import type { CertificateLayoutId } from '../../../shared/certificates/documents/document-inputs.ts';
import { renderCertificatePdf } from '../../../shared/certificates/documents/render-certificate-pdf.ts';
import { CREDENTIAL_JWT, certificateInput, VERIFICATION_URL } from '../../support/certificate-document-fixtures.ts';
import { embeddedFile, embeddedFileNames, overlappingWords, pagePng, pdfInfo, pdfText, pdfWords, qrText } from '../../support/poppler.ts';

/** Where each needle first appears in the haystack, so a test can say which comes first. */
const positions = (text: string, ...needles: string[]): number[] =>
  needles.map((needle) => {
    const at = text.indexOf(needle);
    expect(at, `${needle} in\n${text}`).toBeGreaterThanOrEqual(0);
    return at;
  });

describe('a certificate PDF', () => {
  it('prints the holder’s name, the number, the programme and the verification URL in the holder’s language first', async () => {
    const { stdout: ru } = await pdfText(await renderCertificatePdf(certificateInput({ language: 'ru' })));
    expect(ru).toContain('Ёлкина Анастасия Вячеславовна');
    expect(ru).toContain('ПК-2026-000123');
    expect(ru).toContain(VERIFICATION_URL);
    const [ruProgramme, enProgramme, ruTitle, enTitle, ruDate, enDate] = positions(
      ru,
      '«ПроКадры» (Сезон 2026)',
      '“ProKadry” (Season 2026)',
      'СЕРТИФИКАТ',
      'CERTIFICATE',
      'Дата выдачи: 15 декабря 2026 г.',
      'Date of issue: 15 December 2026',
    );
    expect(ruProgramme).toBeLessThan(enProgramme ?? 0);
    expect(ruTitle).toBeLessThan(enTitle ?? 0);
    expect(ruDate).toBeLessThan(enDate ?? 0);

    const { stdout: en } = await pdfText(await renderCertificatePdf(certificateInput({ language: 'en', holderName: 'Anastasia Yolkina' })));
    expect(en).toContain('Anastasia Yolkina');
    const [enFirst, ruSecond, enTitleFirst, ruTitleSecond] = positions(
      en,
      '“ProKadry” (Season 2026)',
      '«ПроКадры» (Сезон 2026)',
      'CERTIFICATE',
      'СЕРТИФИКАТ',
    );
    expect(enFirst).toBeLessThan(ruSecond ?? 0);
    expect(enTitleFirst).toBeLessThan(ruTitleSecond ?? 0);
  });

  it('draws a QR code in the corner that reads as exactly the verification URL', async () => {
    const page = await pagePng(await renderCertificatePdf(certificateInput()), 1, 150);
    expect(qrText(page)).toBe(VERIFICATION_URL);
  });

  it('carries the credential as credential.jwt, byte for byte', async () => {
    const pdf = await renderCertificatePdf(certificateInput());
    expect(await embeddedFileNames(pdf)).toEqual(['credential.jwt']);
    expect(Buffer.from(await embeddedFile(pdf, 'credential.jwt')).toString('utf8')).toBe(CREDENTIAL_JWT);
  });

  it('says what it is in its properties: title, issuer, programme, one A4 landscape page', async () => {
    const info = await pdfInfo(await renderCertificatePdf(certificateInput()));
    expect(info['Title']).toBe('Сертификат № ПК-2026-000123 — Ёлкина Анастасия Вячеславовна');
    expect(info['Author']).toBe('Ассоциация молодёжных правительств');
    expect(info['Subject']).toBe('ПроКадры — Сезон 2026');
    expect(info['Pages']).toBe('1');
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts \(A4\)/);
  });

  it('comes out the same, byte for byte, each time the same certificate is rendered', async () => {
    const input = certificateInput();
    expect(Buffer.from(await renderCertificatePdf(input)).equals(Buffer.from(await renderCertificatePdf(input)))).toBe(true);
  });

  for (const layout of ['prokadry', 'kadry-budushchego', 'obedinenie-nastavnikov', 'standard'] satisfies CertificateLayoutId[]) {
    it(`renders in the ${layout} form, readable, verifiable, no word over another`, async () => {
      const pdf = await renderCertificatePdf(
        certificateInput({ layout, track: undefined, achievement: { ru: 'Выпускник', en: 'Graduate' } }),
      );
      const { stdout, stderr } = await pdfText(pdf);
      expect(stderr).toBe('');
      expect(stdout).toContain('Ёлкина Анастасия Вячеславовна');
      expect(stdout).toContain('Выпускник');
      expect(stdout).not.toContain('Трек');
      expect(qrText(await pagePng(pdf))).toBe(VERIFICATION_URL);
      const [page] = await pdfWords(pdf);
      expect(overlappingWords(page!)).toEqual([]);
    });
  }
});
