/** Document upload, verification and download routes (capability 'documents'); issue 3. */
export const documentRoutes = [] as const;
