import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { languageChoice } from './choice';
import { applyLanguage, t } from './i18n';
import { browserLanguage, isLanguage, type Language, resolveLanguage } from './languages';

interface LanguageState {
  language: Language;
  /** The person picks a language; it is remembered in this browser. */
  choose: (language: Language) => void;
  /** A consultation's page names the consultation's language (undefined when it leaves). */
  setConsultationLanguage: (language: Language | undefined) => void;
}

const LanguageContext = createContext<LanguageState>({ language: 'en', choose: () => {}, setConsultationLanguage: () => {} });

export const LanguageProvider = LanguageContext.Provider;

/**
 * The app's language state. It is applied while rendering, before any child renders, so a change
 * of language shows in one render with no English flash.
 */
export function useLanguageState(): LanguageState {
  const [chosen, setChosen] = useState(() => languageChoice.get());
  const [consultation, setConsultationLanguage] = useState<Language>();
  const language = resolveLanguage(chosen, consultation, browserLanguage(typeof navigator === 'undefined' ? [] : navigator.languages));
  applyLanguage(language);
  const choose = useCallback((next: Language) => {
    languageChoice.set(next);
    setChosen(next);
  }, []);
  return { language, choose, setConsultationLanguage };
}

/** The translation function and the language showing; re-renders when the language changes. */
export function useI18n() {
  const { language, choose } = useContext(LanguageContext);
  return { t, language, choose };
}

/** Makes a consultation's own language the page's default while the page shows it; a missing language is English. */
export function useConsultationLanguage(language: string | undefined, known: boolean): void {
  const { setConsultationLanguage } = useContext(LanguageContext);
  const value = known ? (isLanguage(language) ? language : 'en') : undefined;
  useEffect(() => {
    setConsultationLanguage(value);
  }, [value, setConsultationLanguage]);
  useEffect(() => () => setConsultationLanguage(undefined), [setConsultationLanguage]);
}
