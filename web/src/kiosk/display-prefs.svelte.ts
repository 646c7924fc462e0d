/**
 * The visitor's display choices from the start screen: larger text and high contrast. They hold for one visitor's
 * session and are forgotten at the idle reset, like everything else of that visitor. Applied as classes on <html>,
 * which switch the design tokens (lib/ui/tokens.css: the large-text and high-contrast themes).
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

  /** Puts the choices on the document root as the design system's themes (`bp-large-text`, `bp-high-contrast`). */
  applyTo(root: HTMLElement): void {
    root.classList.toggle('bp-large-text', this.largerText);
    root.classList.toggle('bp-high-contrast', this.highContrast);
  }
}
