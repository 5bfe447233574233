/** A mail id as it travels in a URL: ids hold `#` and other characters a path would mangle. */
export const mailRef = (mailId: string): string => Buffer.from(mailId, 'utf8').toString('base64url');

export const mailIdOfRef = (ref: string): string => Buffer.from(ref, 'base64url').toString('utf8');
