import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

/** The QR encoder (uqr), loaded when a QR code is first shown (the handout's: ahead of a print). */
export const qrEncoderQuery = {
  queryKey: ['qr-encoder'],
  queryFn: () => import('uqr'),
  staleTime: Infinity,
  gcTime: Infinity,
} as const;

/** An SVG path of the dark modules, one rectangle per horizontal run. */
export function modulesPath(data: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

type QrCodeProps = {
  text: string;
  label: string;
  /**
   * CSS pixels a module: a long lesson link has up to 173 modules a side, and
   * a camera needs about 3 device pixels a module on a screen, 0.4 mm on paper.
   */
  modulePx: number;
  /** The smallest side, in CSS pixels (a short link stays large enough to aim at). */
  minPx: number;
};

/** A QR code of a link, drawn as SVG (black on white, in print too), as large as its modules need. */
export function QrCode({ text, label, modulePx, minPx }: QrCodeProps) {
  const encoder = useQuery(qrEncoderQuery);
  const qr = useMemo(
    () => encoder.data?.encode(text, { ecc: 'M', border: 2 }),
    [encoder.data, text],
  );
  // Set through the DOM (CSSOM), which the strict CSP allows, never as markup.
  const side = { width: `${Math.max(minPx, (qr?.size ?? 0) * modulePx)}px` };
  const box = 'aspect-square h-auto max-w-full shrink-0';
  if (!qr)
    return (
      <div style={side} className={`${box} bg-stone-100 dark:bg-stone-800`} aria-hidden="true" />
    );
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      style={side}
      className={`${box} bg-white`}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={modulesPath(qr.data)} fill="#000" />
    </svg>
  );
}
