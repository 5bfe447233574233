import type { OpenBadgeCredentialFacts } from '../../../shared/certificates/domain/open-badge-credential.ts';

/** A published verification site on https, so a did:web resolver can name its files. */
export const PUBLIC_BASE_URL = 'https://files.cadre.example/verification';

export const certificateFacts = (overrides: Partial<OpenBadgeCredentialFacts> = {}): OpenBadgeCredentialFacts => ({
  certificateId: '6f1c2a4e-8b3d-4c7a-9e15-2d7f0b9a3c61',
  number: 'КБ-2026-000123',
  holderName: 'Анна Сергеевна Петрова',
  holderLanguage: 'ru',
  programmeId: 'kadry-budushchego',
  programmeName: { ru: 'Кадры будущего', en: 'Future Talent' },
  seasonTitle: { ru: 'Сезон 2026', en: 'Season 2026' },
  achievementId: 'finalist',
  achievementName: { ru: 'Финалист', en: 'Finalist' },
  track: { ru: 'Цифровое государство', en: 'Digital government' },
  issuedAt: '2026-07-01T09:30:15.250Z',
  issuerName: { ru: 'Платформа ПроКадры', en: 'ProKadry platform' },
  publicBaseUrl: PUBLIC_BASE_URL,
  statusList: { listId: 1, index: 41 },
  ...overrides,
});
