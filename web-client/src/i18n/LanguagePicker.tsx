import { useI18n } from './LanguageContext';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from './languages';

/** Every page's language picker; each language is named in itself. */
export function LanguagePicker() {
  const { t, language, choose } = useI18n();
  return (
    <div class="language-picker">
      <label for="language-picker">{t('app.language')}</label>
      <select
        id="language-picker"
        value={language}
        data-testid="language-picker"
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isLanguage(value)) {
            choose(value);
          }
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
