import { type RGB, rgb } from 'pdf-lib';

/** A layout's '#rrggbb' as pdf-lib's colour. */
export const hexColour = (hex: string): RGB => {
  const value = Number.parseInt(hex.slice(1), 16);
  return rgb(((value >> 16) & 0xff) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255);
};
