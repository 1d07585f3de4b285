import { LANGUAGES } from '../contract/names';
import type { Language } from '../contract';

// The six languages are part of the browser contract (contract/names.ts); the page helpers live here.
export { LANGUAGES };
export type { Language };

/** Each language named in itself, so a person finds their own in the picker whatever is showing. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Arabic is written right to left; the other five left to right. */
export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The first of the browser's languages the hub speaks ("fr-CA" counts as French), if any. */
export function browserLanguage(preferred: readonly string[]): Language | undefined {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(primary)) {
      return primary;
    }
  }
  return undefined;
}

/**
 * The language a page shows: the person's own choice, else the consultation's language on a
 * consultation's pages, else the browser's if the hub speaks it, else English.
 */
export function resolveLanguage(chosen: Language | undefined, consultation: Language | undefined, browser: Language | undefined): Language {
  return chosen ?? consultation ?? browser ?? 'en';
}
