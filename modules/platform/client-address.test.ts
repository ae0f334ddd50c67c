import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS_HEADER } from './client-address';

const request = (headers: Record<string, string>) => new Headers(headers);

describe('clientAddress', () => {
  it('uses the connection and ignores X-Forwarded-For when no proxy is trusted (the default)', () => {
    const headers = request({
      [PEER_ADDRESS_HEADER]: '198.51.100.4',
      'x-forwarded-for': '10.9.9.9',
      'x-real-ip': '10.8.8.8',
    });
    expect(clientAddress(headers, 0)).toBe('198.51.100.4');
  });

  it('takes the address the trusted proxy saw, not what the client wrote before it', () => {
    // The client sent "X-Forwarded-For: 10.9.9.9"; our load balancer appended the client's real address.
    const headers = request({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '10.9.9.9, 203.0.113.7' });
    expect(clientAddress(headers, 1)).toBe('203.0.113.7');
  });

  it('walks back one entry per trusted proxy', () => {
    const headers = request({
      [PEER_ADDRESS_HEADER]: '10.0.0.3',
      'x-forwarded-for': '10.9.9.9, 203.0.113.7, 10.0.0.2',
    });
    expect(clientAddress(headers, 2)).toBe('203.0.113.7');
  });

  it('stops at the outermost entry when the chain is shorter than the hops configured', () => {
    const headers = request({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '203.0.113.7' });
    expect(clientAddress(headers, 3)).toBe('203.0.113.7');
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2');
  });

  it('shows IPv4 on an IPv6 socket as IPv4 and keeps IPv6', () => {
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: '::ffff:192.0.2.1' }), 0)).toBe('192.0.2.1');
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: '2001:db8::1' }), 0)).toBe('2001:db8::1');
  });

  it('drops a port some proxies add to the address', () => {
    const headers = request({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '203.0.113.7:51234' });
    expect(clientAddress(headers, 1)).toBe('203.0.113.7');
    const v6 = request({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '[2001:db8::5]:443' });
    expect(clientAddress(v6, 1)).toBe('2001:db8::5');
  });

  it('gives null, not the text, for anything that is not an address', () => {
    const headers = request({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': "'; DROP TABLE users; --" });
    expect(clientAddress(headers, 1)).toBeNull();
  });

  it('gives null when the connection is unknown (next dev), whatever X-Forwarded-For says', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.7' }), 1)).toBeNull();
  });
});
