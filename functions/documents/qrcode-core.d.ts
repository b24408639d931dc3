// The QR encoder of the `qrcode` package without its PNG, SVG and terminal renderers (and pngjs):
// notices draw the modules themselves, and the renderer's bundle stays small. Same `create` as
// the package's main entry (typed by @types/qrcode).
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}
