import { isLanguage, type Language } from './languages';

const StorageKey = 'consulthub.language';

/** The language a person picked, remembered in this browser across tabs and visits. */
export const languageChoice = {
  get(): Language | undefined {
    try {
      const stored = localStorage.getItem(StorageKey);
      return isLanguage(stored) ? stored : undefined;
    } catch {
      return undefined;
    }
  },
  set(language: Language): void {
    try {
      localStorage.setItem(StorageKey, language);
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
  },
};
