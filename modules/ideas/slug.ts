/** The readable part of an idea's address: /ideas/123-sahkoinen-lomake-kulukorvauksiin. */
export function ideaSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function ideaPath(idea: { id: number; title: string }): string {
  const slug = ideaSlug(idea.title);
  return slug ? `/ideas/${idea.id}-${slug}` : `/ideas/${idea.id}`;
}

/** The idea number from an address segment like "123-any-words"; null when it is not one. */
export function ideaIdFromSegment(segment: string): number | null {
  const dash = segment.indexOf('-');
  const number = dash === -1 ? segment : segment.slice(0, dash);
  const slug = dash === -1 ? '' : segment.slice(dash + 1);
  return /^\d{1,9}$/.test(number) && /^[a-z0-9-]*$/.test(slug) ? Number(number) : null;
}
