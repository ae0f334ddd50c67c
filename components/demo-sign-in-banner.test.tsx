import { readFileSync } from 'node:fs';
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DemoSignInBanner } from './demo-sign-in-banner';

// The texts as shipped, read from disk (npm runs tests from the project folder): components import
// no modules, not even in tests.
const shipped: Record<string, string> = {
  fi: readFileSync('modules/i18n/messages/fi.json', 'utf8'),
  sv: readFileSync('modules/i18n/messages/sv.json', 'utf8'),
  en: readFileSync('modules/i18n/messages/en.json', 'utf8'),
};

function messages(locale: string): AbstractIntlMessages {
  return JSON.parse(shipped[locale]!) as AbstractIntlMessages;
}

describe('the demo sign-in banner', () => {
  it('says in every language that anyone can sign in as anyone', () => {
    const render = (locale: string) =>
      renderToStaticMarkup(
        <NextIntlClientProvider locale={locale} messages={messages(locale)} timeZone="Europe/Helsinki">
          <DemoSignInBanner />
        </NextIntlClientProvider>,
      );
    expect(render('fi')).toContain(
      '<strong>Esittelytila:</strong> kuka tahansa voi kirjautua kenenä tahansa ilman salasanaa.',
    );
    expect(render('sv')).toContain(
      '<strong>Demoläge:</strong> vem som helst kan logga in som vem som helst utan lösenord.',
    );
    expect(render('en')).toContain('<strong>Demo mode:</strong> anyone can sign in as anyone, without a password.');
  });
});
