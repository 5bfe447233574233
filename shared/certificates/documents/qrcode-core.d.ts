/**
 * qrcode's encoder alone: the package's main entry also loads its PNG, SVG and terminal renderers
 * (and pngjs), which a document that draws the modules itself never uses.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}
