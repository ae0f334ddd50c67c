import { describe, expect, it } from 'vitest';
import { demoSignInRefusal, launcherDemoSignIn } from './demo-sign-in';
import { StartupError } from './startup-error';

const productionDatabase = 'postgresql://vau:secret@db.internal:5432/vau';

describe('where the demo sign-in may exist', () => {
  it('is allowed on a laptop: no single sign-on, no production DATABASE_URL', () => {
    expect(demoSignInRefusal({})).toBeNull();
    expect(demoSignInRefusal({ NODE_ENV: 'production' })).toBeNull();
    expect(demoSignInRefusal({ NODE_ENV: 'development', DATABASE_URL: productionDatabase })).toBeNull();
    expect(
      demoSignInRefusal({ AUTH_OIDC_NAME: 'Kuusilahti', AUTH_SECRET: 'x'.repeat(32), AUTH_OIDC_ISSUER: '' }),
    ).toBeNull();
  });

  it('is refused whenever any single sign-on variable is set', () => {
    for (const name of [
      'AUTH_OIDC_ISSUER',
      'AUTH_OIDC_ID',
      'AUTH_OIDC_SECRET',
      'AUTH_MICROSOFT_ENTRA_ID_ISSUER',
      'AUTH_MICROSOFT_ENTRA_ID_ID',
      'AUTH_MICROSOFT_ENTRA_ID_SECRET',
      'AUTH_KEYCLOAK_ISSUER',
    ]) {
      expect(demoSignInRefusal({ [name]: 'set' }), name).toBe('single-sign-on');
    }
  });

  it('is refused on a production server with DATABASE_URL', () => {
    expect(demoSignInRefusal({ NODE_ENV: 'production', DATABASE_URL: productionDatabase })).toBe('production-database');
  });
});

describe('npm start and npm run dev', () => {
  it('turn the demo sign-in on by default with the embedded database only', () => {
    expect(launcherDemoSignIn({}, 'start', undefined)).toBe(true);
    expect(launcherDemoSignIn({}, 'dev', undefined)).toBe(true);
    expect(launcherDemoSignIn({ DATABASE_URL: productionDatabase }, 'start', undefined)).toBe(false);
    expect(launcherDemoSignIn({ DATABASE_URL: productionDatabase }, 'dev', undefined)).toBe(false);
    expect(launcherDemoSignIn({ AUTH_OIDC_ISSUER: 'https://idp.example/' }, 'start', undefined)).toBe(false);
    expect(launcherDemoSignIn({}, 'start', false)).toBe(false);
  });

  it('refuse AUTH_DEMO_LOGIN=true on npm start with DATABASE_URL, whatever NODE_ENV says, and beside single sign-on', () => {
    for (const [env, mode] of [
      [{ DATABASE_URL: productionDatabase }, 'start'],
      [{ DATABASE_URL: productionDatabase, NODE_ENV: 'development' }, 'start'],
      [{ DATABASE_URL: productionDatabase, NODE_ENV: 'production' }, 'dev'],
      [{ AUTH_OIDC_ISSUER: 'https://idp.example/' }, 'start'],
      [{ AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'https://login.microsoftonline.com/t/v2.0' }, 'dev'],
    ] as const) {
      const failure = (() => {
        try {
          return launcherDemoSignIn(env, mode, true);
        } catch (error) {
          return error;
        }
      })();
      expect(failure, JSON.stringify({ env, mode })).toBeInstanceOf(StartupError);
      expect((failure as StartupError).what).toMatch(
        /^AUTH_DEMO_LOGIN=true is refused: .+ lets anyone sign in as anyone\.$/,
      );
    }
  });

  it('allow an explicit demo on a developer database with npm run dev', () => {
    expect(launcherDemoSignIn({ DATABASE_URL: 'postgresql://me@localhost/vau_dev' }, 'dev', true)).toBe(true);
  });
});
