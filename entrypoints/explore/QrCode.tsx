import { qrShape } from './qr';

/** A QR code of a link; the link itself is printed beside it, so the code is decorative for screen readers. */
export function QrCode({ url, size = 96 }: { url: string; size?: number }) {
  const shape = qrShape(url);
  return (
    <svg
      class="qr"
      width={size}
      height={size}
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      aria-hidden="true"
      shape-rendering="crispEdges"
      data-qr={url}
    >
      <rect width={shape.size} height={shape.size} fill="#ffffff" />
      <path d={shape.path} fill="#000000" />
    </svg>
  );
}
