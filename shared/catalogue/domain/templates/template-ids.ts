/** The programmes cadre ships as templates, one per seed document family. */
export const TEMPLATE_IDS = ['prokadry', 'kadry-budushchego', 'obedinenie-nastavnikov'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];
