/** The moderation rules of a suggestion, pure: which status may follow which, and what each needs. */
import type { SuggestionStatus } from '@buergerpunkt/contracts';

export const suggestionTransitions: Record<SuggestionStatus, readonly SuggestionStatus[]> = {
  // Answering (or declining) a new suggestion right away is one save: the review is in the answer.
  received: ['in_review', 'answered', 'declined'],
  in_review: ['answered', 'declined'],
  answered: ['implemented', 'declined'],
  implemented: [],
  declined: [],
};

/** Statuses in which the zone has given the citizen its answer; the public answer text is required there. */
export const answeredStatuses: readonly SuggestionStatus[] = ['answered', 'implemented', 'declined'];

export function mayMoveSuggestion(from: SuggestionStatus, to: SuggestionStatus): boolean {
  return suggestionTransitions[from].includes(to);
}

/** Whether the text is long enough and short enough once surrounding blanks are gone. */
export const suggestionTextLimits = { min: 10, max: 2000 } as const;

/** Loose checks of contact fields: enough to catch typos, never to reject a real address by being clever. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const phonePattern = /^\+?[0-9 ()/-]{5,30}$/;

/** A short reference to quote (upper-case, no look-alike characters). */
export function suggestionReference(random: () => number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < 8; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return `A-${out.slice(0, 4)}-${out.slice(4)}`;
}
