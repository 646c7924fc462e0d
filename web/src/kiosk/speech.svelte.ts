/**
 * Optional speech output ("Vorlesen") through the browser's Web Speech API. Without the API the toggle is not
 * offered and nothing else changes.
 */
export class Speech {
  on = $state(false);
  readonly available: boolean =
    typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;

  toggle(): void {
    this.on = !this.on;
    if (!this.on) this.stop();
  }

  stop(): void {
    if (!this.available) return;
    try {
      window.speechSynthesis.cancel();
    } catch {
      // some engines throw when nothing is queued; silence is the goal either way
    }
  }

  /** Reads the text in the given language (BCP 47), replacing whatever is being read. */
  say(text: string, lang: string): void {
    if (!this.on || !this.available || !text.trim()) return;
    try {
      window.speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.rate = 0.9;
      window.speechSynthesis.speak(utterance);
    } catch {
      // no voice, no engine: the screen still says it
    }
  }
}
