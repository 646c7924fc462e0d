/**
 * The camera at the box that takes the evidence image when a door opens for a pickup whose policy asks for one.
 * A real camera (USB/UVC or network camera) implements the same interface; the agent only needs one JPEG.
 */

/** What the image is of: the simulated camera draws it into the picture; a real camera may ignore it. */
export interface CaptureContext {
  boxId: string;
  compartment: number;
  at: Date;
}

export interface CapturedImage {
  contentType: 'image/jpeg';
  bytes: Uint8Array;
}

export interface Camera {
  /** One still image, now. Rejects when the camera cannot deliver one. */
  capture(context: CaptureContext): Promise<CapturedImage>;
}

export class CameraError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CameraError';
  }
}
