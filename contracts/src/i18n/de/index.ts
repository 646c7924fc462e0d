import { errors } from './errors.ts';
import { sms } from './sms.ts';

/** The German catalogue: the source language. Other languages fall back to it key by key. */
export const de = {
  errors,
  sms,
};
