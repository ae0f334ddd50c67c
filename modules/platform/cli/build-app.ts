import { createRequire } from 'node:module';
import { buildApp } from './build';
import { runCli } from './run-cli';

runCli(() => buildApp(createRequire(import.meta.url).resolve('next/dist/bin/next')));
