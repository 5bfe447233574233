import { ENV } from '../../shared/platform/config/env.ts';
import type { CapabilityAccess } from '../config/capability-access.ts';
import type { CapabilityFunction } from '../constructs/capability-function.ts';
import type { Deployment } from '../deployments.ts';
import type { DataStack } from './data-stack.ts';

/** Gives a capability's function exactly the data access CAPABILITY_ACCESS declares for it. */
export const bindCapabilityAccess = (fn: CapabilityFunction, access: CapabilityAccess, data: DataStack, deployment: Deployment): void => {
  if (access.table !== undefined) {
    fn.bindTable(data.table, access.table);
  }
  if (access.documents !== undefined) {
    fn.bindDocuments(data.documents, access.documents);
  }
  if (access.exports !== undefined) {
    fn.bindExports(data.documents, access.exports);
  }
  if (access.releaseExports !== undefined) {
    fn.bindReleaseExports(data.documents, access.releaseExports);
  }
  if (access.certificateFiles !== undefined) {
    fn.bindCertificateFiles(data.documents, access.certificateFiles);
  }
  if (access.verificationSite === 'RW') {
    fn.bindVerificationSite(data.verificationSite);
  }
  if (access.verificationUrl === true) {
    fn.addEnvironment(ENV.certificatesPublicUrl, data.verificationSite.publicUrl);
  }
  if (access.signsCredentials === true) {
    fn.bindCredentialSigning(data.credentialSigningKey);
  }
  if (access.sendsMail === true) {
    fn.bindMail(deployment.senderAddress);
  }
};
