import { describe, expect, it } from 'vitest';
import { commentLimits } from './limits';
import { commentEditInput, commentInput, ideaInput } from './schemas';

const category = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('texts written in a form', () => {
  // A form sent as multipart (every server action) turns each line break into CRLF.
  it('are stored with plain LF line breaks, however the browser sent them', () => {
    const idea = ideaInput.parse({
      title: 'Rivinvaihdot',
      body: 'Ensimmäinen kappale.\r\n\r\nToinen kappale.\rKolmas rivi.',
      expectedBenefitNote: 'Hyöty\r\nkahdella rivillä',
      categoryId: category,
      intent: 'draft',
    });
    expect(idea.body).toBe('Ensimmäinen kappale.\n\nToinen kappale.\nKolmas rivi.');
    expect(idea.expectedBenefitNote).toBe('Hyöty\nkahdella rivillä');
    expect(commentInput.parse({ ideaId: 1, body: 'Hyvä\r\n\r\nidea' }).body).toBe('Hyvä\n\nidea');
    expect(commentEditInput.parse({ commentId: 1, body: 'Korjattu\r\nteksti' }).body).toBe('Korjattu\nteksti');
  });

  it('count a line break once against the length limit, as the form’s counter does', () => {
    const lines = Math.floor(commentLimits.body.max / 5);
    const body = 'rivi\r\n'.repeat(lines).trim();
    expect(body.length).toBeGreaterThan(commentLimits.body.max);
    expect(commentInput.safeParse({ ideaId: 1, body }).success).toBe(true);
  });
});
