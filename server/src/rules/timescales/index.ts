import type { Rule } from '../types';

/** Timescale rules: statutory periods, request windows, deadline dates, late letters (one file per rule). */
export const TIMESCALE_RULES: readonly Rule[] = [];
