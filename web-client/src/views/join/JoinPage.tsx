import { useEffect, useState } from 'preact/hooks';
import { api } from '../../connection/api';
import { type CommandError, toCommandError } from '../../connection/commandError';
import { credentials } from '../../connection/credentials';
import { LIMITS, STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../contract';
import { COUNTRIES } from '../shared/countries';
import { countryName, groupLabels } from '../shared/labels';
import { ErrorNotice } from '../shared/Notices';
import { links } from '../router';
import { intlLocale, t } from '../../i18n/i18n';
import { useConsultationLanguage } from '../../i18n/LanguageContext';

/** The countries named in the language showing, sorted for it. */
function localCountries(): { code: string; name: string }[] {
  const locale = intlLocale();
  return COUNTRIES.map((c) => ({ code: c.code, name: countryName(c.code) ?? c.name })).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Join with the code from the link, then go to the floor. The token is kept per consultation. */
export function JoinPage({ id, code: codeFromLink }: { id: string; code: string | undefined }) {
  const [title, setTitle] = useState<string>();
  const [code, setCode] = useState(codeFromLink ?? '');
  const [name, setName] = useState('');
  const [affiliation, setAffiliation] = useState('');
  const [group, setGroup] = useState<StakeholderGroup | ''>('');
  const [country, setCountry] = useState('');
  const [error, setError] = useState<CommandError>();
  const [busy, setBusy] = useState(false);
  const existing = credentials.participant(id);

  const [language, setLanguage] = useState<string>();
  const [known, setKnown] = useState(false);
  useConsultationLanguage(language, known);
  useEffect(() => {
    api.get(id).then(
      (v) => {
        setTitle(v.settings.title);
        setLanguage(v.settings.language);
        setKnown(true);
      },
      () => setTitle(undefined),
    );
  }, [id]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!group) {
      setError({ code: 'invalid', message: t('join.chooseGroup') });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const joined = await api.join(id, {
        joinCode: code.trim() || null,
        displayName: name.trim(),
        affiliation: affiliation.trim() || null,
        stakeholderGroup: group,
        country: country || null,
      });
      credentials.setParticipant(id, joined);
      location.hash = links.participate(id);
    } catch (failure) {
      setError(toCommandError(failure));
    } finally {
      setBusy(false);
    }
  };

  const countries = localCountries();
  return (
    <main id="main" class="page page-narrow">
      <h1>{title ? t('join.heading', { title }) : t('join.headingAnon')}</h1>
      {existing && (
        <p class="notice" data-testid="already-joined">
          {t('join.already')} <a href={links.participate(id)}>{t('join.goFloor')}</a>
        </p>
      )}
      <form class="panel" onSubmit={submit} data-testid="join-form">
        {!codeFromLink && (
          <div class="field">
            <label for="j-code">{t('join.code')}</label>
            <input id="j-code" required autoComplete="off" value={code} data-testid="join-code" onInput={(e) => setCode(e.currentTarget.value)} />
          </div>
        )}
        <div class="field">
          <label for="j-name">{t('join.name')}</label>
          <input id="j-name" required maxLength={LIMITS.displayName} autoComplete="name" value={name} data-testid="join-name" onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="j-affiliation">{t('join.affiliation')}</label>
          <input
            id="j-affiliation"
            maxLength={LIMITS.affiliation}
            autoComplete="organization"
            value={affiliation}
            data-testid="join-affiliation"
            onInput={(e) => setAffiliation(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="j-group">{t('join.group')}</label>
          <select id="j-group" required value={group} data-testid="join-group" onChange={(e) => setGroup(e.currentTarget.value as StakeholderGroup)}>
            <option value="" disabled>
              {t('common.choose')}
            </option>
            {STAKEHOLDER_GROUPS.map((g) => (
              <option key={g} value={g}>
                {groupLabels[g]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="j-country">{t('join.country')}</label>
          <select id="j-country" value={country} data-testid="join-country" onChange={(e) => setCountry(e.currentTarget.value)}>
            <option value="">{t('join.preferNot')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </div>
        <ErrorNotice error={error} />
        <button type="submit" class="primary" disabled={busy} data-testid="join-submit">
          {busy ? t('join.joining') : t('join.submit')}
        </button>
      </form>
    </main>
  );
}
