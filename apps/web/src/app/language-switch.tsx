import { useTranslation } from '../i18n/use-translation';
import { currentLanguage, UI_LANGUAGES } from '../i18n/i18n';

/** FR / EN toggle buttons; the choice is remembered (localStorage, through the language detector). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n);
  return (
    <div className="language-switch" role="group" aria-label={t('app.languageSwitch')}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          title={t(`uiLanguages.${language}`)}
          aria-pressed={active === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
