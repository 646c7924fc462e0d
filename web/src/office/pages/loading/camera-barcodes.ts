/**
 * Camera barcode reading for the loading screen, loaded only when a loader opens the camera. Uses the browser's
 * BarcodeDetector where it has one, else the `barcode-detector` ponyfill (ZXing as WebAssembly). The .wasm file is
 * bundled and served from our own origin (the pages' CSP allows no other host).
 */
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
  },
});

/** Formats on application receipts and document labels: linear codes and QR. */
const formats = ['code_128', 'code_39', 'ean_13', 'itf', 'qr_code', 'data_matrix'] as const;

export interface CameraScan {
  stop(): void;
}

/**
 * Shows the rear camera in `video` and calls `onCode` with the first code read (then keeps looking, so the
 * caller decides when to stop). Throws when there is no camera or the person refuses access.
 */
export async function startCameraScan(
  video: HTMLVideoElement,
  onCode: (code: string) => void,
): Promise<CameraScan> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: { ideal: 'environment' } },
    audio: false,
  });
  video.srcObject = stream;
  video.muted = true;
  video.playsInline = true;
  await video.play();
  const detector = new BarcodeDetector({ formats: [...formats] });
  let stopped = false;
  let last = '';
  const tick = async () => {
    if (stopped) return;
    try {
      if (video.readyState >= 2) {
        const found = await detector.detect(video);
        const code = found[0]?.rawValue?.trim();
        if (code && code !== last) {
          last = code;
          onCode(code);
        }
      }
    } catch {
      // a frame that cannot be read: try the next one
    }
    if (!stopped) setTimeout(() => void tick(), 250);
  };
  void tick();
  return {
    stop() {
      stopped = true;
      for (const track of stream.getTracks()) track.stop();
      video.srcObject = null;
    },
  };
}
