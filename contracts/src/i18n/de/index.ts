import { errors } from './errors.ts';

/** The German catalogue: the source language. Other languages fall back to it key by key. */
export const de = {
  errors,
};
