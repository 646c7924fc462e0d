/**
 * Controls by position (issue 18): the kiosk and the staff's tablet draw the same screen components from the same
 * state, so "the n-th control of the screen" names the same button on both sides without any ids in the views.
 */
const controlSelector = 'button, input, select, textarea, a[href], [role="switch"]';

export function controlsIn(root: ParentNode | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>(controlSelector)] : [];
}

/** The position of the control that `target` is (or is inside), or -1. */
export function controlIndexOf(root: ParentNode | null, target: EventTarget | null): number {
  if (!(target instanceof Element)) return -1;
  const control = target.closest<HTMLElement>(controlSelector);
  return control ? controlsIn(root).indexOf(control) : -1;
}

export const highlightClass = 'assist-highlight';

/** The steps the tablet draws with the kiosk's own screens; for the others it names the step only. */
export const mirroredSteps: ReadonlySet<string> = new Set([
  'start',
  'phone',
  'code',
  'resend',
  'resendSent',
  'birthDate',
  'oldDocument',
  'pinLetter',
  'pinLetterMissing',
  'waitingStaff',
  'ready',
  'done',
  'problem',
  'language',
]);
