import { describe, expect, it } from 'vitest';
import { ideaIdFromSegment, ideaPath, ideaSlug } from './slug';

describe('idea addresses', () => {
  it('makes a readable ASCII slug from a Finnish or Swedish title', () => {
    expect(ideaSlug('Sähköinen lomake kulukorvauksiin!')).toBe('sahkoinen-lomake-kulukorvauksiin');
    expect(ideaSlug('Cykelställ vid Ågatan – nu')).toBe('cykelstall-vid-agatan-nu');
    expect(ideaPath({ id: 42, title: '???' })).toBe('/ideas/42');
    expect(ideaSlug('a'.repeat(100))).toHaveLength(60);
  });

  it('reads the number from the address and rejects anything else', () => {
    expect(ideaIdFromSegment('42-sahkoinen-lomake')).toBe(42);
    expect(ideaIdFromSegment('42')).toBe(42);
    expect(ideaIdFromSegment('new')).toBeNull();
    expect(ideaIdFromSegment('42abc')).toBeNull();
    expect(ideaIdFromSegment('9999999999')).toBeNull();
  });
});
