import { describe, expect, it } from 'vitest';
import { emptyDraft, toSettings } from './settingsForm';

const filled = () => ({ ...emptyDraft('Europe/Vienna'), title: '  Draft convention  ', region: 'Europe' });

describe('toSettings', () => {
  it('builds the settings with defaults, trimmed text and themes one per line', () => {
    const result = toSettings({ ...filled(), themes: 'data sharing and privacy\n\n capacity building \n' });
    expect(result).toEqual({
      settings: {
        title: 'Draft convention',
        region: 'Europe',
        timeZone: 'Europe/Vienna',
        themes: ['data sharing and privacy', 'capacity building'],
        moderationMode: 'open',
        speakingLimitSeconds: 180,
        queuePolicy: 'fifo',
        capacity: 500,
        visibility: 'public',
      },
    });
  });

  it('carries the consultation language chosen in the form', () => {
    const result = toSettings({ ...emptyDraft('Asia/Bangkok', 'zh'), title: 'T', region: 'Asia' });
    expect('settings' in result && result.settings.language).toBe('zh');
  });

  it('sends the start time in UTC, read in the consultation time zone', () => {
    const result = toSettings({ ...filled(), startsAt: '2025-05-01T15:00' });
    expect('settings' in result && result.settings.startsAt).toBe('2025-05-01T13:00:00.000Z');
  });

  it.each([
    [{ title: ' ' }, 'title'],
    [{ region: '' }, 'region'],
    [{ speakingLimitSeconds: '5' }, 'speaking limit'],
    [{ capacity: '2.5' }, 'Capacity'],
    [{ themes: 'Privacy\nprivacy' }, 'twice'],
  ])('refuses %o', (change, words) => {
    const result = toSettings({ ...filled(), ...change });
    expect('problem' in result && result.problem).toContain(words);
  });
});
