import QRCode from 'qrcode';

/** The ticket's QR code as an SVG image (the `qrcode` library), holding its secret and nothing else. */
export function qrCodeSvg(secret: string): Promise<string> {
  return QRCode.toString(secret, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
