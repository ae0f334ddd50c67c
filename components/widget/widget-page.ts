import type { WidgetContent, WidgetIdea } from '@/modules/intranet/widget';
import { escapeHtml } from './html';

export interface WidgetTexts {
  title: string;
  heading: string;
  lead: string;
  shareIdea: string;
  newTab: string;
  trending: string;
  latest: string;
  noIdeas: string;
  seeAll: string;
  votes: (count: number) => string;
  status: (status: WidgetIdea['status']) => string;
  campaign: {
    heading: string;
    /** "Open until …", with the closing moment in Helsinki time. */
    openUntil: (closesAt: Date) => string;
    postIdea: string;
  };
}

interface WidgetPageInput {
  locale: string;
  /** This response's nonce (the proxy's), for the one inline style. */
  nonce: string;
  brandColor: string;
  texts: WidgetTexts;
  content: WidgetContent;
  /** A page's address in the widget's language, e.g. /sv/ideas/12-x. */
  href: (path: string) => string;
  ideaHref: (idea: WidgetIdea) => string;
}

// Small and plain: it is read in a 300–400 px frame on intranet front pages, light and dark themes alike.
const style = `
*{box-sizing:border-box}
body{margin:0;background:#fff;color:#1f1f1f;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{padding:12px;max-width:40rem}
h1{margin:0 0 4px;font-size:18px;color:var(--org-brand)}
h2{margin:14px 0 6px;padding-top:10px;border-top:1px solid #d4d4d4;font-size:15px}
p{margin:0 0 8px}
a{color:var(--org-brand);text-underline-offset:2px}
a:focus-visible{outline:3px solid #1f1f1f;outline-offset:2px}
.share{display:flex;margin:10px 0 4px;min-height:44px;align-items:center;justify-content:center;padding:8px 12px;border-radius:6px;background:var(--org-brand);color:#fff;font-size:16px;font-weight:700;text-decoration:none}
.share:hover{text-decoration:underline}
ol{margin:0;padding:0;list-style:none}
li{margin:0 0 8px}
li a{font-weight:600}
.meta,.note{display:block;color:#575757;font-size:13px}
.campaign h2{border-top:0;margin-top:10px;padding:8px 0 0;border-left:0}
.campaign{margin-top:12px;padding:0 10px 2px;border-left:4px solid var(--org-brand);background:#f4f6f9}
`.replaceAll('\n', '');

function campaignSection(input: WidgetPageInput, link: (path: string, text: string, className?: string) => string) {
  const { campaign } = input.content;
  if (!campaign) return '';
  const texts = input.texts.campaign;
  const slug = encodeURIComponent(campaign.slug);
  return [
    '<section aria-labelledby="campaign" class="campaign">',
    `<h2 id="campaign">${escapeHtml(texts.heading)}</h2>`,
    `<p>${link(`/campaigns/${slug}`, campaign.title)}<span class="meta">${escapeHtml(texts.openUntil(campaign.closesAt))}</span></p>`,
    `<p>${link(`/ideas/new?campaign=${slug}`, texts.postIdea)}</p>`,
    '</section>',
  ].join('');
}

function ideaList(ideas: WidgetIdea[], input: WidgetPageInput): string {
  const { texts } = input;
  if (ideas.length === 0) return `<p>${escapeHtml(texts.noIdeas)}</p>`;
  const items = ideas.map(
    (idea) =>
      `<li><a href="${escapeHtml(input.ideaHref(idea))}" target="_blank" rel="noopener">${escapeHtml(idea.title)}</a>` +
      `<span class="meta">${escapeHtml(texts.votes(idea.voteCount))} · ${escapeHtml(texts.status(idea.status))}</span></li>`,
  );
  return `<ol>${items.join('')}</ol>`;
}

/**
 * The widget as one small HTML document: no scripts, one style, every link opening VAU in a new
 * top-level tab (a framed page gets no cookies, so signing in and posting happen in VAU itself).
 */
export function widgetPage(input: WidgetPageInput): string {
  const { texts, content } = input;
  const link = (path: string, text: string, className?: string) =>
    `<a href="${escapeHtml(input.href(path))}" target="_blank" rel="noopener"${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</a>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(input.locale)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(texts.title)}</title>`,
    `<style nonce="${escapeHtml(input.nonce)}">:root{--org-brand:${escapeHtml(input.brandColor)}}${style}</style>`,
    '</head><body><main>',
    `<h1>${escapeHtml(texts.heading)}</h1>`,
    `<p>${escapeHtml(texts.lead)}</p>`,
    link('/ideas/new', texts.shareIdea, 'share'),
    `<p class="note">${escapeHtml(texts.newTab)}</p>`,
    campaignSection(input, link),
    `<section aria-labelledby="trending"><h2 id="trending">${escapeHtml(texts.trending)}</h2>`,
    ideaList(content.trending, input),
    '</section>',
    `<section aria-labelledby="latest"><h2 id="latest">${escapeHtml(texts.latest)}</h2>`,
    ideaList(content.latest, input),
    '</section>',
    `<p>${link('/ideas', texts.seeAll)}</p>`,
    '</main></body></html>',
  ].join('');
}
