import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { S3DocumentStore } from '../../../shared/adapters/s3/s3-document-store.ts';
import { checkPostForm, fileSizeRefusal, type PostPolicySigner, type S3Refusal } from '../../../infra/local/services/s3-post-policy.ts';

/** The S3 POST policy rules the local S3 applies, on forms signed by the SDK as the documents adapter signs them. */
const BUCKET = 'cadre-local-documents';
const signer: PostPolicySigner = { ...LOCAL_CREDENTIALS, region: LOCAL_REGION };
const client = (credentials: { accessKeyId: string; secretAccessKey: string } = LOCAL_CREDENTIALS, region = LOCAL_REGION) =>
  new S3Client({ endpoint: 'http://127.0.0.1:9', region, credentials, forcePathStyle: true });

const signedForm = async (options: Partial<PresignedPostOptions> = {}, signedBy = client()) =>
  (
    await createPresignedPost(signedBy, {
      Bucket: BUCKET,
      Key: 'applications/a1/d1/cv.pdf',
      Conditions: [
        ['content-length-range', 1, 1000],
        ['starts-with', '$key', 'applications/a1/d1/'],
        { 'Content-Type': 'application/pdf' },
      ],
      Fields: { 'Content-Type': 'application/pdf' },
      Expires: 900,
      ...options,
    })
  ).fields;

const check = (fields: Record<string, string>, { bucket = BUCKET, fileName = 'cv.pdf', now = new Date() } = {}) =>
  checkPostForm({ bucket, fields: Object.entries(fields), fileName }, signer, now);

const refusal = (result: ReturnType<typeof check>): S3Refusal => {
  assert.ok('code' in result, `refused: ${JSON.stringify(result)}`);
  return result;
};

describe('local S3: a presigned POST form checked against its policy', () => {
  it('passes a form as signed, with its content-length-range as the file’s size range', async () => {
    const fields = await signedForm();
    const accepted = check(fields);
    assert.ok('size' in accepted);
    assert.deepEqual(accepted.size, { min: 1, max: 1000 });
    assert.deepEqual(accepted.fields, Object.entries(fields));
  });

  it('passes the form the documents adapter issues, bounded to the requirement’s size', async () => {
    const { fields } = await new S3DocumentStore(client(), BUCKET).uploadForm({
      key: 'applications/a1/d1/cv.pdf',
      keyPrefix: 'applications/a1/d1/',
      contentType: 'application/pdf',
      maxBytes: 10 * 1024 * 1024,
      expiresInSeconds: 900,
    });
    const accepted = check(fields);
    assert.ok('size' in accepted);
    assert.deepEqual(accepted.size, { min: 1, max: 10 * 1024 * 1024 });
  });

  it('compares field names without regard to case, values exactly', async () => {
    const { 'Content-Type': type, ...fields } = await signedForm();
    assert.ok('size' in check({ ...fields, 'content-type': type ?? '' }));
    assert.match(
      refusal(check({ ...fields, 'content-type': 'application/PDF' })).message,
      /\["eq", "\$Content-Type", "application\/pdf"\]/,
    );
  });

  it('refuses a field given twice, whatever its case, so the store cannot read another value than the check did', async () => {
    const fields = await signedForm();
    const twice = checkPostForm(
      { bucket: BUCKET, fields: [...Object.entries(fields), ['content-type', 'text/html']], fileName: 'cv.pdf' },
      signer,
      new Date(),
    );
    assert.deepEqual([refusal(twice).status, refusal(twice).code], [400, 'InvalidArgument']);
  });

  it('checks the bucket condition against the bucket the form is posted to', async () => {
    const answer = refusal(check(await signedForm(), { bucket: 'another-bucket' }));
    assert.deepEqual(
      [answer.status, answer.code, answer.message],
      [403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ["eq", "$bucket", "${BUCKET}"]`],
    );
  });

  it('puts the file’s name in place of the key’s filename variable before checking the key', async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: S3's placeholder, not a template
    const fields = await signedForm({ Key: 'uploads/${filename}', Conditions: [] });
    const accepted = check(fields, { fileName: 'report.pdf' });
    assert.ok('size' in accepted);
    assert.deepEqual(new Map(accepted.fields).get('key'), 'uploads/report.pdf');
  });

  it('reads starts-with "" as any value, and a Content-Type list as a list of types each checked', async () => {
    const fields = await signedForm({
      Conditions: [
        ['starts-with', '$x-amz-meta-note', ''],
        ['starts-with', '$Content-Type', 'image/'],
      ],
      Fields: {},
    });
    assert.ok('size' in check({ ...fields, 'x-amz-meta-note': 'anything', 'Content-Type': 'image/png, image/jpeg' }));
    assert.ok('size' in check({ ...fields, 'Content-Type': 'image/png' }), 'a field named only by starts-with "" may be left out');
    assert.match(
      refusal(check({ ...fields, 'Content-Type': 'image/png, text/html' })).message,
      /"starts-with", "\$Content-Type", "image\/"/,
    );
  });

  it('refuses a field no condition names, except the signature, the policy, the file and x-ignore- fields', async () => {
    const fields = await signedForm();
    assert.ok('size' in check({ ...fields, 'x-ignore-tracking': '1' }));
    assert.equal(
      refusal(check({ ...fields, success_action_status: '201' })).message,
      'Invalid according to Policy: Extra input fields: success_action_status',
    );
  });

  it('refuses an expired policy', async () => {
    const fields = await signedForm({ Expires: 60 });
    assert.ok('size' in check(fields, { now: new Date(Date.now() + 59_000) }));
    const answer = refusal(check(fields, { now: new Date(Date.now() + 61_000) }));
    assert.deepEqual([answer.status, answer.code, answer.message], [403, 'AccessDenied', 'Invalid according to Policy: Policy expired.']);
  });

  it('refuses a form signed with another secret, for another region, or by an unknown key', async () => {
    const otherSecret = refusal(check(await signedForm({}, client({ ...LOCAL_CREDENTIALS, secretAccessKey: 'not-the-secret' }))));
    assert.deepEqual([otherSecret.status, otherSecret.code], [403, 'SignatureDoesNotMatch']);
    const otherRegion = refusal(check(await signedForm({}, client(LOCAL_CREDENTIALS, 'us-east-1'))));
    assert.deepEqual(
      [otherRegion.status, otherRegion.code, otherRegion.message],
      [400, 'InvalidArgument', "The region 'us-east-1' is wrong; expecting 'eu-central-1'"],
    );
    const unknownKey = refusal(check(await signedForm({}, client({ accessKeyId: 'AKIAOTHER', secretAccessKey: 'S3RVER' }))));
    assert.deepEqual([unknownKey.status, unknownKey.code], [403, 'InvalidAccessKeyId']);
  });

  it('refuses an unsigned form as an anonymous upload to a private bucket, and names a missing signing field', async () => {
    const fields = await signedForm();
    const signing = new Set(['policy', 'x-amz-signature', 'x-amz-algorithm', 'x-amz-credential', 'x-amz-date']);
    const unsigned = Object.fromEntries(Object.entries(fields).filter(([name]) => !signing.has(name.toLowerCase())));
    assert.deepEqual(refusal(check(unsigned)), { status: 403, code: 'AccessDenied', message: 'Access Denied' });
    const { 'X-Amz-Date': _date, ...undated } = fields;
    const missing = refusal(check(undated));
    assert.deepEqual([missing.status, missing.code, missing.details?.['ArgumentName']], [400, 'InvalidArgument', 'X-Amz-Date']);
  });

  it('refuses a Signature Version 2 form: the region takes Signature Version 4 only', () => {
    const answer = refusal(check({ key: 'k', AWSAccessKeyId: 'S3RVER', policy: 'e30=', signature: 'x' }));
    assert.deepEqual([answer.status, answer.code], [400, 'InvalidRequest']);
  });
});

describe('local S3: a file against the content-length-range', () => {
  const range = { min: 1, max: 1000 };

  it('takes the bounds themselves', () => {
    assert.equal(fileSizeRefusal(1, range, true), undefined);
    assert.equal(fileSizeRefusal(1000, range, true), undefined);
  });

  it('refuses one byte over as soon as it is read, and an empty file once the file has ended', () => {
    assert.deepEqual(fileSizeRefusal(1001, range, false), {
      status: 400,
      code: 'EntityTooLarge',
      message: 'Your proposed upload exceeds the maximum allowed size',
      details: { MaxSizeAllowed: '1000' },
    });
    assert.equal(fileSizeRefusal(0, range, false), undefined, 'more may come');
    assert.deepEqual(fileSizeRefusal(0, range, true), {
      status: 400,
      code: 'EntityTooSmall',
      message: 'Your proposed upload is smaller than the minimum allowed size',
      details: { ProposedSize: '0', MinSizeAllowed: '1' },
    });
  });
});
