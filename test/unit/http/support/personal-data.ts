/** Invented personal data that must never appear in logs. */
export const PERSONAL = {
  sub: 'c0ffee00-1111-4222-8333-444455556666',
  name: 'Евдокия Персональная',
  email: 'evdokia.personal@example.org',
  phone: '+7 912 345-67-89',
  passport: '4509 123456',
  organisation: 'ООО Секретная Организация',
  token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWNyZXQifQ.c2lnbmF0dXJl',
} as const;
