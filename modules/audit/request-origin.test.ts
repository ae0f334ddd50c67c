import { describe, expect, it } from 'vitest';
import { parseEnv, serverEnvSchema } from '@/modules/platform/env';
import { PEER_ADDRESS_HEADER } from '@/modules/platform/client-address';
import { requestOriginFrom } from './request-origin';

const databaseUrl = 'postgresql://vau:secret@localhost:5432/vau';

describe('requestOriginFrom', () => {
  it('does not take a client-written X-Forwarded-For (or X-Real-IP) for the address by default', () => {
    const origin = requestOriginFrom(
      new Headers({ [PEER_ADDRESS_HEADER]: '198.51.100.4', 'x-forwarded-for': '10.9.9.9', 'x-real-ip': '10.8.8.8' }),
      parseEnv(serverEnvSchema, { DATABASE_URL: databaseUrl }).TRUSTED_PROXY_HOPS,
    );
    expect(origin.ip).toBe('198.51.100.4');
  });

  it('takes the address our one proxy appended when TRUSTED_PROXY_HOPS=1', () => {
    const hops = parseEnv(serverEnvSchema, { DATABASE_URL: databaseUrl, TRUSTED_PROXY_HOPS: '1' }).TRUSTED_PROXY_HOPS;
    const origin = requestOriginFrom(
      new Headers({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '10.9.9.9, 203.0.113.7' }),
      hops,
    );
    expect(origin.ip).toBe('203.0.113.7');
  });

  it.each([
    'x'.repeat(129),
    'short',
    'abc def ghi',
    '<script>alert(1)</script>',
    'id\nforged log line',
    "1234567'; --",
  ])('drops the request id %j rather than storing it', (requestId) => {
    expect(requestOriginFrom(new Headers({ 'x-request-id': requestId.replace('\n', ' ') }), 0).requestId).toBeNull();
  });

  it('keeps a well-formed request id from the load balancer', () => {
    expect(requestOriginFrom(new Headers({ 'x-request-id': 'lb-7f3a9c21:0001' }), 0).requestId).toBe(
      'lb-7f3a9c21:0001',
    );
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  it.each(['-1', '11', '1.5', 'yes'])('refuses %s at start', (value) => {
    expect(() => parseEnv(serverEnvSchema, { DATABASE_URL: databaseUrl, TRUSTED_PROXY_HOPS: value })).toThrow(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (got "${value}")`,
    );
  });
});
