import { vi } from 'vitest';

/** Waits until `check` holds (change notices arrive after commit, asynchronously); fails after 5 s naming what it waited for. */
export async function eventually(check: () => boolean, what: string): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error(`timed out waiting until ${what}`);
    },
    { timeout: 5000, interval: 10 },
  );
}
