import type { Rule } from '../types';

/** Letter-content rules: stage 2 adjudications, stage 3 responses, refusals, apologies (one file per rule). */
export const CONTENT_RULES: readonly Rule[] = [];
