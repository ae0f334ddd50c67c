import type { Instrumentation } from 'next';

// Next.js calls these in every runtime; the work lives in a Node-only module.

export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerServer } = await import('@/modules/platform/instrumentation-node');
    registerServer();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { logRequestError } = await import('@/modules/platform/instrumentation-node');
    logRequestError(...args);
  }
};
