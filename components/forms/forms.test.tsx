import { readFileSync } from 'node:fs';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { characterCountState } from './character-count-state';
import { CharacterCount } from './character-count';
import { submitsOnEnter } from './enter-key';
import { ErrorSummary } from './error-summary';
import { Field, controlClass } from './field';
import { useLimitHint } from './limit-hint';
import { nextRovingIndex } from './roving-focus';

// The texts as shipped, read from disk as components import no modules (components/demo-sign-in-banner.test.tsx).
const fi = {
  ...JSON.parse(readFileSync('modules/i18n/messages/fi.json', 'utf8')),
  errors: JSON.parse(readFileSync('modules/i18n/messages/errors/fi.json', 'utf8')),
};

const en = {
  ...JSON.parse(readFileSync('modules/i18n/messages/en.json', 'utf8')),
  errors: JSON.parse(readFileSync('modules/i18n/messages/errors/en.json', 'utf8')),
};

const render = (node: ReactNode, locale: 'fi' | 'en' = 'fi') =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === 'fi' ? fi : en} timeZone="Europe/Helsinki">
      {node}
    </NextIntlClientProvider>,
  );

describe('the error summary', () => {
  const fields = {
    title: { id: 'title', label: 'Otsikko' },
    body: { id: 'body', label: 'Kuvaus' },
  };

  it('lists each field error as a link to its field, in the order of the form', () => {
    const html = render(
      <ErrorSummary
        state={{
          ok: false,
          message: 'errors.invalid',
          fieldErrors: { body: ['validation.bodyTooShort'], title: ['validation.titleTooShort'] },
        }}
        fields={fields}
      />,
    );
    expect(html).toContain('Tarkista nämä kohdat');
    // It takes the focus, which reads it out; an alert role or a name on top made it heard twice.
    expect(html).toContain('tabindex="-1"');
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('aria-labelledby');
    expect(html.indexOf('href="#title"')).toBeGreaterThan(-1);
    expect(html.indexOf('href="#title"')).toBeLessThan(html.indexOf('href="#body"'));
    expect(html).toContain('Otsikko: Otsikossa on oltava vähintään 8 merkkiä.');
  });

  it('tells a refusal without field errors in words, and shows nothing for a fresh or accepted form', () => {
    expect(render(<ErrorSummary state={{ ok: false, message: 'errors.forbidden' }} fields={fields} />)).toContain(
      fi.errors.forbidden,
    );
    expect(render(<ErrorSummary state={{ ok: false }} fields={fields} />)).toBe('');
    expect(render(<ErrorSummary state={{ ok: true }} fields={fields} />)).toBe('');
  });
});

describe('a field', () => {
  it('wires hint and error to the control and says "Virhe:" besides the colour', () => {
    const html = render(
      <Field id="title" label="Otsikko" hint="Vähintään 8 merkkiä." error="Liian lyhyt.">
        {(control) => <input {...control} className={controlClass(control['aria-invalid'])} />}
      </Field>,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="title-hint title-error"');
    expect(html).toContain('<span class="sr-only">Virhe: </span>Liian lyhyt.');
    expect(html).toContain('border-l-4 border-red-700');
  });

  it('is plain without an error', () => {
    const html = render(
      <Field id="name" label="Nimi">
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(html).toContain('aria-invalid="false"');
    expect(html).not.toContain('aria-describedby');
    expect(html).not.toContain('Virhe');
  });
});

describe('the character count', () => {
  const title = { min: 8, max: 160 };
  it('counts as the schema does: trimmed, what is missing, left or too many', () => {
    expect(characterCountState('', title)).toEqual({ kind: 'remaining', count: 160 });
    expect(characterCountState('  abc  ', title)).toEqual({ kind: 'needMore', count: 5 });
    expect(characterCountState('x'.repeat(40), title)).toEqual({ kind: 'remaining', count: 120 });
    expect(characterCountState('x'.repeat(172), title)).toEqual({ kind: 'tooMany', count: 12 });
  });

  it('keeps a long limit quiet until most of it is used', () => {
    const body = { min: 30, max: 20_000 };
    expect(characterCountState('x'.repeat(100), body, 0.8)).toBeNull();
    expect(characterCountState('x'.repeat(16_000), body, 0.8)).toEqual({ kind: 'remaining', count: 4000 });
  });

  it('reads in Finnish', () => {
    expect(render(<CharacterCount id="title" value={'x'.repeat(40)} limits={title} />)).toContain(
      'Jäljellä 120 merkkiä',
    );
    expect(render(<CharacterCount id="title" value={'x'.repeat(172)} limits={title} />)).toContain('12 merkkiä liikaa');
  });

  it('writes large numbers the Finnish way in English too (decision 0015: 20 000, not 20,000)', () => {
    const body = { min: 30, max: 20_000 };
    function BodyHint() {
      return <>{useLimitHint()(body)}</>;
    }
    expect(render(<BodyHint />, 'en')).toBe('At least 30 and at most 20\u00a0000 characters.');
    expect(
      render(<CharacterCount id="body" value={'x'.repeat(16_000)} limits={body} showFrom={0.8} />, 'en'),
    ).toContain('4\u00a0000 characters left');
  });
});

describe('keyboard helpers', () => {
  it('stops Enter only in single-line inputs', () => {
    expect(submitsOnEnter({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(submitsOnEnter({ tagName: 'INPUT', type: 'submit' } as unknown as EventTarget)).toBe(false);
    expect(submitsOnEnter({ tagName: 'TEXTAREA', type: 'textarea' } as unknown as EventTarget)).toBe(false);
    expect(submitsOnEnter({ tagName: 'BUTTON', type: 'submit' } as unknown as EventTarget)).toBe(false);
  });

  it('moves a roving focus around and wraps at the ends', () => {
    expect(nextRovingIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextRovingIndex(2, 'ArrowDown', 3)).toBe(0);
    expect(nextRovingIndex(0, 'ArrowUp', 3)).toBe(2);
    expect(nextRovingIndex(1, 'End', 3)).toBe(2);
    expect(nextRovingIndex(1, 'Home', 3)).toBe(0);
    expect(nextRovingIndex(1, 'Tab', 3)).toBeNull();
    expect(nextRovingIndex(0, 'ArrowDown', 0)).toBeNull();
  });
});
