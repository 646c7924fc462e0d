/** Where things are: the repository root and the artifacts folder reviewers look at. */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../../artifacts', import.meta.url));
