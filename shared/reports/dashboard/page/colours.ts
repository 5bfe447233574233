/** Series colours: distinguishable by people with the common colour-vision deficiencies (Okabe–Ito). */
export const COLOURS = {
  primary: '#0072b2',
  secondary: '#e69f00',
  tertiary: '#009e73',
} as const;
