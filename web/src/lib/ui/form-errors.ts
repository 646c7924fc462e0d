/**
 * Field errors of a form (design system, lib/ui): after a failed check, the first field marked invalid (a Field's
 * control, or the first radio button of a Radio group with an error) gets the focus.
 */
import { tick } from 'svelte';

export type FieldErrors = Record<string, string>;

/** Focuses the first element with aria-invalid inside `form` once the errors are on screen; true if any. */
export async function focusFirstError(
  form: HTMLElement | null | undefined,
  errors: FieldErrors,
): Promise<boolean> {
  if (Object.values(errors).every((e) => !e)) return false;
  await tick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus();
  return true;
}

/** `{ field: message }` for every empty required value. */
export function requiredErrors(values: Record<string, string>, message: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(values)) if (!value.trim()) errors[field] = message;
  return errors;
}
