import { describe, expect, it } from 'vitest';
import { launcherEnvSchema, organisationEnvSchema, parseEnv, parseEnvOnce, serverEnvSchema } from './env';
import { StartupError } from './startup-error';

function failure(run: () => unknown): StartupError {
  try {
    run();
  } catch (error) {
    if (error instanceof StartupError) return error;
    throw error;
  }
  throw new Error('expected a StartupError');
}

describe('environment validation', () => {
  it('fills in defaults for a bare laptop start (embedded database, port 3000, Finnish branding)', () => {
    const env = parseEnv(launcherEnvSchema, {});
    expect(env).toMatchObject({
      PORT: 3000,
      EMBEDDED_DATABASE_PORT: 5433,
      EMBEDDED_DATABASE_DIR: '.data/postgres',
      ORG_NAME: 'Kuusilahden kaupunki',
      LOG_LEVEL: 'info',
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SEED_DEMO_DATA).toBeUndefined();
  });

  it('names the variable, the problem and the value it got', () => {
    const error = failure(() => parseEnv(launcherEnvSchema, { PORT: 'abc' }));
    expect(error.what).toBe('Invalid environment: PORT must be a port number from 1 to 65535 (got "abc").');
    expect(error.hint).toContain('README.md');
  });

  it('reports every bad variable at once', () => {
    const error = failure(() =>
      parseEnv(launcherEnvSchema, { PORT: '70000', DATABASE_URL: 'mysql://x', ORG_BRAND_COLOR: 'blue' }),
    );
    expect(error.what).toContain('PORT must be a port number from 1 to 65535 (got "70000")');
    expect(error.what).toContain('DATABASE_URL must be a PostgreSQL connection string');
    expect(error.what).toContain('ORG_BRAND_COLOR must be a colour like #1b4f8a (got "blue")');
  });

  it('requires DATABASE_URL in the server, saying that it is not set', () => {
    const error = failure(() => parseEnv(serverEnvSchema, {}));
    expect(error.what).toMatch(/DATABASE_URL .*\(it is not set\)/);
  });

  it('treats empty values as unset and parses flags', () => {
    const env = parseEnv(launcherEnvSchema, {
      PORT: '',
      SEED_DEMO_DATA: 'true',
      DATABASE_URL: 'postgresql://u:p@db:5432/vau',
    });
    expect(env.PORT).toBe(3000);
    expect(env.SEED_DEMO_DATA).toBe(true);
    expect(env.DATABASE_URL).toBe('postgresql://u:p@db:5432/vau');
  });

  it('does not echo long values (which may be secrets) in full', () => {
    const secretish = `postgresql-nope-${'x'.repeat(100)}`;
    const error = failure(() => parseEnv(serverEnvSchema, { DATABASE_URL: secretish }));
    expect(error.what).not.toContain(secretish);
    expect(error.what).toContain('…');
  });

  it('parses the variables read on every request again as soon as one of them changes', () => {
    const source: Record<string, string> = { ORG_BRAND_COLOR: '#123456' };
    expect(parseEnvOnce(organisationEnvSchema, source).ORG_BRAND_COLOR).toBe('#123456');
    source.ORG_BRAND_COLOR = '#654321';
    expect(parseEnvOnce(organisationEnvSchema, source).ORG_BRAND_COLOR).toBe('#654321');
    source.ORG_BRAND_COLOR = 'blue';
    expect(() => parseEnvOnce(organisationEnvSchema, source)).toThrow(/ORG_BRAND_COLOR must be a colour/);
  });
});
