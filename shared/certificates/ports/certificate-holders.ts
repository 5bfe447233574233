/** The holder as their profile names them now; undefined when they erased it (nothing is issued to nobody). */
export interface CertificateHolder {
  readonly fullName: string;
  readonly email: string;
}

/** Profiles, which the applicants module keeps: the function's wiring plugs its repository in. */
export interface CertificateHolders {
  find(applicantId: string): Promise<CertificateHolder | undefined>;
}
