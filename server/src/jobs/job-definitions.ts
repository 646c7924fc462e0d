/** Every kind of queued job and what carries it out. */
import type { JobDefinition } from './job-runner.ts';

export const jobDefinitions: Record<string, JobDefinition> = {};
