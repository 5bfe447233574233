import type { S3Client } from '@aws-sdk/client-s3';

/** S3 bills PUT, COPY, POST and LIST at one price and GET, HEAD and the rest at a tenth of it. */
const PUT_CLASS = /^(Put|Copy|Post|List|CreateMultipartUpload|UploadPart|CompleteMultipartUpload)/;

/** What the S3 meter counted since it was last taken: requests by command, and how many of them bill as PUTs. */
export interface MeteredS3Requests {
  readonly byCommand: Readonly<Record<string, number>>;
  readonly putClass: number;
  readonly otherClass: number;
}

/**
 * Bench only: counts every request the S3 client sends, by command, as the DynamoDB meter
 * (capacity-meter.ts) counts the document client's: a middleware on the client's own stack, so
 * every adapter built on that client is counted and none is changed.
 */
export const meterS3Requests = (client: S3Client): { readonly take: () => MeteredS3Requests } => {
  let counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = (context.commandName ?? 'unknown').replace(/Command$/, '');
      counts.set(command, (counts.get(command) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'benchS3Requests' },
  );
  return {
    take: () => {
      const taken = counts;
      counts = new Map();
      const byCommand = Object.fromEntries(taken);
      const putClass = [...taken].filter(([command]) => PUT_CLASS.test(command)).reduce((total, [, count]) => total + count, 0);
      const all = [...taken.values()].reduce((total, count) => total + count, 0);
      return { byCommand, putClass, otherClass: all - putClass };
    },
  };
};
