/** Profile and consent routes (capability 'applications'); issue 3. */
export const applicantRoutes = [] as const;
