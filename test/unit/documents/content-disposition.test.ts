import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { attachmentDisposition } from '../../../shared/adapters/s3/content-disposition.ts';

describe('the download’s Content-Disposition', () => {
  it('never throws, whatever a stored file name holds: a lone surrogate becomes U+FFFD, a control character _', () => {
    for (const name of ['cv\ud800.pdf', '\udfffcv.pdf', 'cv.pdf\ud83d', '\ud800', 'a\u0000b\u001b.pdf', 'Резюме\u202e.pdf'])
      assert.doesNotThrow(() => attachmentDisposition(name), JSON.stringify(name));
    assert.equal(attachmentDisposition('cv\ud800.pdf'), `attachment; filename="cv_.pdf"; filename*=UTF-8''cv%EF%BF%BD.pdf`);
    assert.equal(attachmentDisposition('a\u0000b.pdf'), `attachment; filename="a_b.pdf"; filename*=UTF-8''a_b.pdf`);
  });

  it('still writes a well-formed name exactly, emoji included', () => {
    assert.equal(attachmentDisposition('😀.pdf'), `attachment; filename="__.pdf"; filename*=UTF-8''%F0%9F%98%80.pdf`);
  });
});
