/**
 * A QR code drawn as one SVG path from the module matrix (uqr's `encode`), with the address printed
 * under it for people without a camera. Preact elements only: no markup strings.
 */
import type { JSX } from 'preact';

export interface QrCodeProps {
  /** Rows of modules, quiet zone included; true = dark. */
  modules: readonly (readonly boolean[])[];
  label: string;
}

/** One `M x y h1 v1 h-1 z` square per dark module, runs on a row merged into one rectangle. */
function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

export function QrCode({ modules, label }: QrCodeProps): JSX.Element {
  const size = modules.length;
  return (
    <svg class="dvc-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules)} fill="#000" />
    </svg>
  );
}
