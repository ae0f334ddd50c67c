// The HTML of a demo mailbox message, shown in a sandboxed iframe (`sandbox=""`, no scripts, an
// origin of its own) through `srcDoc`. Such a frame inherits the page's Content-Security-Policy,
// which refuses style attributes and any <style> without the response's nonce: so each style
// attribute becomes a rule in one <style> carrying the nonce, and the message's own <style>
// elements get it too. Nothing else is loosened (decision 0035).

const styleAttribute = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

const entities: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&apos;': "'", '&amp;': '&' };

/** Declarations only: braces and angle brackets could end the rule or the <style> element. */
function declarations(value: string): string {
  return value.replace(/&(?:quot|#39|apos|amp);/g, (entity) => entities[entity] ?? '').replace(/[{}<>]/g, '');
}

export function previewHtml(html: string, nonce: string): string {
  const rules: string[] = [];
  const body = html
    .replace(/<style(?=[\s>])/gi, `<style nonce="${nonce}"`)
    .replace(styleAttribute, (_match, doubleQuoted: string | undefined, singleQuoted: string | undefined) => {
      rules.push(`[data-preview-style="${rules.length}"]{${declarations(doubleQuoted ?? singleQuoted ?? '')}}`);
      return ` data-preview-style="${rules.length - 1}"`;
    });
  if (rules.length === 0) return body;
  const sheet = `<style nonce="${nonce}">${rules.join('')}</style>`;
  return /<\/head>/i.test(body) ? body.replace(/<\/head>/i, `${sheet}</head>`) : sheet + body;
}
