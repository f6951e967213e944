import { startServer } from './lsp/server';

// A bug must never take the officer's editor support down with it: report (without document
// text) and keep serving.
process.on('uncaughtException', (error) => process.stderr.write(`[signpost] internal error: ${error.name}\n`));
process.on('unhandledRejection', (reason) => process.stderr.write(`[signpost] internal error: ${reason instanceof Error ? reason.name : typeof reason}\n`));

startServer();
