// How an e-mail looks, in plain text and HTML: a simple table layout with inline styles (e-mail
// programs drop style sheets), readable on a phone, no images. Everything here is already in the
// reader's language; every text is escaped on the way into HTML, since titles, names and reasons
// are written by people.

export interface EmailEntryView {
  sentence: string;
  href: string;
  /** A decision's reason, as the centre shows it ("Perustelu: …"). */
  reason: string | null;
  when: string;
}

export interface EmailGroupView {
  title: string;
  href: string;
  entries: EmailEntryView[];
}

export interface EmailView {
  lang: string;
  subject: string;
  organisation: string;
  brandColor: string;
  /** A digest's heading and intro; an instant e-mail has neither (its idea is the heading). */
  heading: string | null;
  intro: string | null;
  groups: EmailGroupView[];
  /** A button under the entries (an instant e-mail's "Open in VAU"). */
  action: { label: string; href: string } | null;
  why: string;
  preferences: { label: string; href: string };
  unsubscribe: { label: string; href: string };
  sentBy: string;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);
}

export function renderText(view: EmailView): string {
  const lines: string[] = [view.organisation, ''];
  if (view.heading) lines.push(view.heading, '');
  if (view.intro) lines.push(view.intro, '');
  for (const group of view.groups) {
    lines.push(group.title, group.href, '');
    for (const entry of group.entries) {
      lines.push(`- ${entry.sentence}`);
      if (entry.reason) lines.push(`  ${entry.reason}`);
      lines.push(`  ${entry.when}`, `  ${entry.href}`, '');
    }
  }
  if (view.action) lines.push(`${view.action.label}: ${view.action.href}`, '');
  lines.push(
    '-- ',
    view.why,
    `${view.preferences.label}: ${view.preferences.href}`,
    `${view.unsubscribe.label}: ${view.unsubscribe.href}`,
    view.sentBy,
  );
  return `${lines.join('\n')}\n`;
}

const text = '#1f2933';
const muted = '#52606d';
const font = 'font-family:Arial,Helvetica,sans-serif;';

function link(href: string, label: string, style: string): string {
  return `<a href="${escapeHtml(href)}" style="${style}">${escapeHtml(label)}</a>`;
}

function renderGroup(group: EmailGroupView, brand: string, level: 'h1' | 'h2'): string {
  const size = level === 'h1' ? '22px' : '18px';
  const entries = group.entries
    .map(
      (entry) =>
        `<tr><td style="padding:12px;border-left:4px solid ${brand};background:#f4f7fb;">` +
        link(entry.href, entry.sentence, `color:${brand};font-weight:bold;text-decoration:underline;`) +
        (entry.reason ? `<div style="margin-top:4px;">${escapeHtml(entry.reason)}</div>` : '') +
        `<div style="margin-top:4px;font-size:14px;color:${muted};">${escapeHtml(entry.when)}</div>` +
        `</td></tr><tr><td style="height:8px;line-height:8px;font-size:8px;">&nbsp;</td></tr>`,
    )
    .join('');
  return (
    `<${level} style="margin:24px 0 8px;font-size:${size};line-height:1.3;">` +
    link(group.href, group.title, `color:${text};text-decoration:underline;`) +
    `</${level}>` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${entries}</table>`
  );
}

export function renderHtml(view: EmailView): string {
  const brand = view.brandColor;
  const heading = view.heading
    ? `<h1 style="margin:0 0 8px;font-size:22px;line-height:1.3;">${escapeHtml(view.heading)}</h1>`
    : '';
  const intro = view.intro ? `<p style="margin:0 0 8px;">${escapeHtml(view.intro)}</p>` : '';
  const groups = view.groups.map((group) => renderGroup(group, brand, view.heading ? 'h2' : 'h1')).join('');
  const action = view.action
    ? `<p style="margin:24px 0 0;">${link(
        view.action.href,
        view.action.label,
        `display:inline-block;padding:12px 20px;border-radius:6px;background:${brand};color:#ffffff;font-weight:bold;text-decoration:none;`,
      )}</p>`
    : '';
  const footerLink = `color:${muted};text-decoration:underline;`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(view.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px;${font}color:${text};font-size:16px;line-height:1.5;">
<tr><td style="background:${brand};color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold;border-radius:8px 8px 0 0;">${escapeHtml(view.organisation)}</td></tr>
<tr><td style="padding:8px 24px 24px;">${heading}${intro}${groups}${action}</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e4e7eb;font-size:14px;color:${muted};">
<p style="margin:0 0 8px;">${escapeHtml(view.why)}</p>
<p style="margin:0 0 12px;">${link(view.preferences.href, view.preferences.label, footerLink)}</p>
<p style="margin:0 0 12px;">${link(view.unsubscribe.href, view.unsubscribe.label, footerLink)}</p>
<p style="margin:0;">${escapeHtml(view.sentBy)}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
