/**
 * The back office's German texts. Each area keeps its own file and is spread in here, so people working on
 * different screens do not edit the same file.
 */
import { shell } from './shell.ts';

export const office = {
  ...shell,
};
