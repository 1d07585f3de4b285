import { describe, expect, it } from 'vitest';
import * as names from './names';

const lists = (Object.entries(names) as [string, unknown][]).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]));

describe('contract names', () => {
  it.each(lists)('%s has no duplicates', (_, list) => {
    expect(new Set(list).size).toBe(list.length);
  });

  it('spells hub methods as the C# hub does (PascalCase)', () => {
    for (const m of names.HUB_METHODS) {
      expect(m).toMatch(/^[A-Z][A-Za-z]+$/);
    }
    expect(names.HUB_METHODS).toHaveLength(24);
  });

  it('lists hub-wide methods among the hub methods', () => {
    for (const m of names.HUB_WIDE_METHODS) {
      expect(names.HUB_METHODS).toContain(m);
    }
  });

  it('spells event types and enum values in kebab-case', () => {
    const kebab = lists.filter(([n]) => !['HUB_METHODS', 'HUB_WIDE_METHODS', 'CLIENT_EVENTS'].includes(n)).flatMap(([, l]) => l);
    for (const value of kebab) {
      expect(value).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    expect(names.EVENT_TYPES).toHaveLength(26);
    expect(names.EVENT_TYPES).not.toContain(names.PRIVATE_EVENT_TYPE);
  });
});
