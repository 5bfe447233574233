/**
 * Where certificate PDFs live in the private documents bucket: a prefix of their own, so exactly the
 * functions that issue and hand out certificates may write and read these objects and nothing else
 * of the bucket. No lifecycle rule expires it: a certificate is kept for good.
 */
export const CERTIFICATE_FILE_PREFIX = 'certificates/';
