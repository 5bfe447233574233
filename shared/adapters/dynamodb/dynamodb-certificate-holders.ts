import { fullName } from '../../applicants/domain/profile/full-name.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CertificateHolders } from '../../certificates/ports/certificate-holders.ts';
import { DynamoDbProfileRepository } from './dynamodb-profile-repository.ts';

/** The holder as the profile names them now, as certificates print it. */
export const dynamoDbCertificateHolders = (client: DynamoDBDocumentClient, tableName: string): CertificateHolders => {
  const profiles = new DynamoDbProfileRepository(client, tableName);
  return {
    async find(applicantId) {
      const profile = await profiles.find(applicantId);
      if (profile === undefined) return undefined;
      return { fullName: fullName(profile.name), email: profile.contacts.email };
    },
  };
};
