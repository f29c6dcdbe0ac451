import { useEffect, useRef, useState, type RefObject } from 'react';

/** The part of the Shape Detection API used here (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = (): BarcodeDetectorClass | null => (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector ?? null;

/** True where the browser can read QR codes from the camera itself (Chromium on Android, ChromeOS, macOS). */
export const canScanWithCamera = () => detectorClass() !== null && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

/**
 * Reads QR codes from the back camera with the browser's BarcodeDetector, a few times a second,
 * and hands each new code to `onCode` (the same code again only after 3 s: one person, one scan).
 */
export function useQrScanner(active: boolean, onCode: (code: string) => void): { video: RefObject<HTMLVideoElement | null>; problem: string | null } {
  const video = useRef<HTMLVideoElement | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    const Detector = detectorClass();
    if (!active || !Detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = { code: '', at: 0 };
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    void navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        if (stopped) return s.getTracks().forEach((t) => t.stop());
        stream = s;
        if (!video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        timer = setInterval(() => {
          if (!video.current) return;
          void detector.detect(video.current).then((codes) => {
            const code = codes[0]?.rawValue;
            if (!code || (code === last.code && Date.now() - last.at < 3000)) return;
            last = { code, at: Date.now() };
            latest.current(code);
          }, () => {});
        }, 300);
      })
      .catch((error: Error) => setProblem(`The camera is not available (${error.message}); type the code instead.`));
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [active]);
  return { video, problem };
}
