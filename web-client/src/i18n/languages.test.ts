import { describe, expect, it } from 'vitest';
import { browserLanguage, directionOf, resolveLanguage } from './languages';
import { applyLanguage, formatNumber, t } from './i18n';

describe('languages', () => {
  it('takes the first browser language the hub speaks, by its primary subtag', () => {
    expect(browserLanguage(['de-AT', 'fr-CA', 'en'])).toBe('fr');
    expect(browserLanguage(['zh-Hant-TW'])).toBe('zh');
    expect(browserLanguage(['de', 'pt-BR'])).toBeUndefined();
  });

  it('prefers the person’s choice, then the consultation’s language, then the browser’s, then English', () => {
    expect(resolveLanguage('ru', 'ar', 'fr')).toBe('ru');
    expect(resolveLanguage(undefined, 'ar', 'fr')).toBe('ar');
    expect(resolveLanguage(undefined, undefined, 'fr')).toBe('fr');
    expect(resolveLanguage(undefined, undefined, undefined)).toBe('en');
  });

  it('lays Arabic out right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['zh', 'en', 'fr', 'ru', 'es'].map((l) => directionOf(l as 'en'))).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('reads "1 participant" and "2 participants" right in each language', () => {
    const say = (language: 'en' | 'ru' | 'ar' | 'fr', count: number) => {
      applyLanguage(language);
      return t('summary.participants', { count });
    };
    try {
      expect([say('en', 1), say('en', 2)]).toEqual(['1 participant', '2 participants']);
      expect([say('fr', 1), say('fr', 2)]).toEqual(['1 participant', '2 participants']);
      expect([say('ru', 1), say('ru', 3), say('ru', 5), say('ru', 21)]).toEqual(['1 участник', '3 участника', '5 участников', '21 участник']);
      expect([say('ar', 1), say('ar', 2), say('ar', 3), say('ar', 11)]).toEqual(['مشارك واحد', 'مشاركان', '3 مشاركين', '11 مشاركًا']);
    } finally {
      applyLanguage('en');
    }
  });

  it('formats numbers in the language showing', () => {
    try {
      applyLanguage('fr');
      expect(formatNumber(0.43, { style: 'percent' }).replace(/\s/g, ' ')).toBe('43 %');
    } finally {
      applyLanguage('en');
    }
    expect(formatNumber(0.43, { style: 'percent' })).toBe('43%');
  });
});
