import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { erasureReceiptMail } from '../../../shared/erasure/mail/erasure-receipt-mail.ts';

describe('the erasure receipt', () => {
  it('tells the person in their language what went and what stays, with the request’s number', () => {
    const ru = erasureReceiptMail('anna@example.org', 'r-1', 'ru');
    assert.deepEqual(ru.to, ['anna@example.org']);
    assert.match(ru.subject, /удалены/);
    assert.match(ru.text, /сертификатов/);
    assert.match(ru.text, /r-1/);
    const en = erasureReceiptMail('anna@example.org', 'r-1', 'en');
    assert.match(en.subject, /erased/);
    assert.match(en.text, /register/);
    assert.match(en.html, /<h1>Erasure of personal data<\/h1>/);
  });
});
