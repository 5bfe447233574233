import type { CertificateLayoutId } from '../document-inputs.ts';
import type { CertificateLayout } from './certificate-layout.ts';
import { KADRY_BUDUSHCHEGO_LAYOUT } from './kadry-budushchego-layout.ts';
import { OBEDINENIE_NASTAVNIKOV_LAYOUT } from './obedinenie-nastavnikov-layout.ts';
import { PROKADRY_LAYOUT } from './prokadry-layout.ts';
import { STANDARD_LAYOUT } from './standard-layout.ts';

/** Every programme's form by its id. */
export const CERTIFICATE_LAYOUTS: Readonly<Record<CertificateLayoutId, CertificateLayout>> = {
  prokadry: PROKADRY_LAYOUT,
  'kadry-budushchego': KADRY_BUDUSHCHEGO_LAYOUT,
  'obedinenie-nastavnikov': OBEDINENIE_NASTAVNIKOV_LAYOUT,
  standard: STANDARD_LAYOUT,
};
