/**
 * The texts a list card's vote button needs in the browser: a page with idea cards passes these
 * namespaces to a NextIntlClientProvider around its lists, once per page.
 */
export const cardVoteTexts = ['ideas.vote', 'rateLimit.vote', 'errors'];
