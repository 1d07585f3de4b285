import i18next from 'i18next';
import { directionOf, type Language } from './languages';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { ru } from './locales/ru';
import { zh } from './locales/zh';

/** Every language's messages; English is the reference the others are checked against. */
export const MESSAGES = { ar, zh, en, fr, ru, es } as const;

/**
 * The one i18next instance. Resources are bundled, so it initialises synchronously and a
 * language change takes effect before the next render. Preact escapes text, so i18next does not.
 */
export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  resources: Object.fromEntries(Object.entries(MESSAGES).map(([language, translation]) => [language, { translation }])),
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Translates a message key; plural keys take `count`. */
export const t = i18n.t.bind(i18n);

/** The language showing now. */
export function currentLanguage(): Language {
  return i18n.language as Language;
}

/** Switches every message and format, and lays the document out in the language's direction. */
export function applyLanguage(language: Language): void {
  if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }
}

/** "1,234" / "1 234" / "١٬٢٣٤": a number in the language showing. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(), options).format(n);
}

/**
 * The Intl locale of each language. English dates read the British way ("Thu 1 May, 15:00"), as UN
 * documents write them; Arabic keeps Western digits so formatted figures match the interpolated counts.
 */
const intlLocales: Record<Language, string> = { ar: 'ar-u-nu-latn', zh: 'zh-CN', en: 'en-GB', fr: 'fr', ru: 'ru', es: 'es' };

/** The locale to hand to Intl formatters for the language showing. */
export function intlLocale(): string {
  return intlLocales[currentLanguage()] ?? 'en-GB';
}
