import { buildApp } from './build';
import { runCli } from './run-cli';
import { nextBin } from './server-process';

runCli(() => buildApp(nextBin));
