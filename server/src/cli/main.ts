import { runCli } from './cli';
import { version } from '../../../package.json';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTerminal: Boolean(process.stderr.isTTY),
  version,
});
