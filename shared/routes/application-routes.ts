/** Application routes: the applicant's and staff's (capability 'applications'); issue 3. */
export const applicationRoutes = [] as const;
