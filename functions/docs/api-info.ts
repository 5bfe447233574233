/** The title and version the OpenAPI document and the docs page show. */
export const API_INFO = { title: 'cadre API', version: '1.0.0' } as const;
