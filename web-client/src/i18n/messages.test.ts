import { describe, expect, it } from 'vitest';
import { MESSAGES } from './i18n';
import { LANGUAGES } from './languages';
import { checkMessages, messagesOf } from './messageCheck';

describe('messages', () => {
  it('has English messages to check against', () => {
    expect(messagesOf(MESSAGES.en).size).toBeGreaterThan(300);
  });

  it.each(LANGUAGES)('%s has every English key, the same variables and its own plural forms', (language) => {
    expect(checkMessages(MESSAGES.en, MESSAGES[language], language)).toEqual([]);
  });

  it('fails a language that misses a key, changes a variable, adds a key or lacks a plural form', () => {
    const reference = { floor: { heading: 'The floor', hasFloor: '{{name}} has the floor' }, votes_one: '{{count}} vote', votes_other: '{{count}} votes' };
    const broken = { floor: { hasFloor: '{{who}} a la parole', extra: 'x' }, votes_one: '{{count}} голос', votes_other: '{{count}} голосов' };
    expect(checkMessages(reference, broken, 'ru')).toEqual([
      'floor.heading: missing',
      'floor.hasFloor: variables who, English has name',
      'votes: plural forms one,other, ru needs few,many,one,other',
      'floor.extra: not an English message',
    ]);
  });
});
