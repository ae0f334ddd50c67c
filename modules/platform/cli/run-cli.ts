import { StartupError } from '../startup-error';

/** Runs a command-line entry point: a StartupError becomes one clear line and exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof StartupError) {
      console.error(`VAU: ${error.what} ${error.hint}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}

export function say(line: string): void {
  console.log(`VAU: ${line}`);
}
