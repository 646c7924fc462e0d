/**
 * The visitor's display choices from the start screen: larger text and high contrast. They hold for one visitor's
 * session and are forgotten at the idle reset, like everything else of that visitor. Applied as classes on <html>,
 * which switch the CSS tokens in kiosk.css (`--bp-scale`, the colours).
 */
export class DisplayPrefs {
  largerText = $state(false);
  highContrast = $state(false);

  /** Nothing chosen: the kiosk looks as the next visitor expects it. */
  get isDefault(): boolean {
    return !this.largerText && !this.highContrast;
  }

  reset(): void {
    this.largerText = false;
    this.highContrast = false;
  }

  /** Puts the choices on the document root (`kiosk-larger-text`, `kiosk-high-contrast`). */
  applyTo(root: HTMLElement): void {
    root.classList.toggle('kiosk-larger-text', this.largerText);
    root.classList.toggle('kiosk-high-contrast', this.highContrast);
  }
}
