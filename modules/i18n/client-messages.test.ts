import { describe, expect, it } from 'vitest';
import { clientMessages } from './client-messages';

describe('client messages', () => {
  const messages = {
    shell: { a: 'A' },
    ideas: { vote: { vote: 'Kannatan' }, comments: { send: 'Lähetä' }, form: { title: 'Otsikko' } },
    admin: { x: 'X' },
  };

  it('picks whole namespaces and nested parts, and nothing else', () => {
    expect(clientMessages(messages, ['shell', 'ideas.vote', 'ideas.comments'])).toEqual({
      shell: { a: 'A' },
      ideas: { vote: { vote: 'Kannatan' }, comments: { send: 'Lähetä' } },
    });
  });

  it('gives an empty namespace for one that does not exist', () => {
    expect(clientMessages(messages, ['missing.part'])).toEqual({ missing: { part: {} } });
  });
});
