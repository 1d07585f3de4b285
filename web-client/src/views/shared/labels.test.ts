import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './countries';
import { countryName, duration, ordinal, tallyKeyLabel } from './labels';

describe('labels', () => {
  it('names tally keys of every kind', () => {
    expect(tallyKeyLabel('civil-society')).toBe('Civil society');
    expect(tallyKeyLabel('recommendation')).toBe('Recommendation');
    expect(tallyKeyLabel('TH')).toBe('Thailand');
    expect(tallyKeyLabel('unthemed')).toBe('No theme');
    expect(tallyKeyLabel('unspecified')).toBe('Not given');
    expect(tallyKeyLabel('data sharing and privacy')).toBe('data sharing and privacy');
  });

  it('only treats alpha-2 codes as countries', () => {
    expect(countryName('AT')).toBe('Austria');
    expect(countryName('Asia')).toBeUndefined();
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st',
    ]);
  });

  it('writes durations', () => {
    expect(duration(45_000)).toBe('45 s');
    expect(duration(12 * 60_000)).toBe('12 min');
    expect(duration(65 * 60_000)).toBe('1 h 05 min');
  });

  it('lists the countries the server accepts, sorted by name', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(COUNTRIES.find((c) => c.code === 'KE')?.name).toBe('Kenya');
    const names = COUNTRIES.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
