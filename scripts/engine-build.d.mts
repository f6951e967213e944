import type { BuildOptions } from 'esbuild';

/** See engine-build.mjs. */
export function engineBuildOptions(): Pick<BuildOptions, 'alias' | 'plugins'>;
