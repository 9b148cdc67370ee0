/**
 * QR codes drawn offline, as one SVG path of dark modules (from the `uqr` encoder):
 * a printed handout's links can be scanned from a phone.
 */
import { encode } from 'uqr';

export interface QrShape {
  /** Modules per side, quiet zone included. */
  size: number;
  /** SVG path data: one 1×1 square per dark module, in module units. */
  path: string;
}

export function qrShape(text: string): QrShape {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, path };
}
