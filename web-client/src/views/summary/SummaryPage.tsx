import { useEffect, useState } from 'preact/hooks';
import { api, summaryUrl } from '../../connection/api';
import { credentials } from '../../connection/credentials';
import { useRequest } from '../shared/hooks';
import { ErrorNotice } from '../shared/Notices';
import { viewerTimeZone } from '../shared/time';
import { links } from '../router';
import { SummaryDocument } from './SummaryDocument';
import { SummaryToolbar } from './SummaryToolbar';
import { t } from '../../i18n/i18n';
import { useConsultationLanguage, useI18n } from '../../i18n/LanguageContext';

/**
 * The printable summary of one consultation. Observers may read it once the consultation closed;
 * moderators and the organizer at any time, so the key comes from the link, else this tab's
 * moderator key for it, else the organizer key.
 */
export function SummaryPage({ id, keyFromLink }: { id: string; keyFromLink: string | undefined }) {
  const credential = keyFromLink || credentials.moderatorKey(id, undefined) || credentials.organizerKey() || undefined;
  const { data: summary, error, loading, reload } = useRequest(() => api.summary(id, credential), [id, credential]);
  const viewerZone = viewerTimeZone();
  const { language } = useI18n();
  useConsultationLanguage(summary?.language, summary !== undefined);

  useEffect(() => {
    if (summary) {
      document.title = t('app.titled', { page: t('summary.docTitle', { title: summary.consultation.title }) });
    }
  }, [summary, language]);

  return (
    <main id="main" class="page summary-page" data-testid="summary-page" aria-busy={loading && !summary}>
      <nav class="no-print button-row" aria-label={t('summary.consultationNav')}>
        <a href={links.home()}>{t('app.allConsultations')}</a>
        <a href={links.watch(id)}>{t('watch.watch')}</a>
      </nav>
      <p class="eyebrow">{t('summary.eyebrow')}</p>
      <SummaryToolbar urlOf={(format) => summaryUrl(id, format)} credential={credential} onRefresh={reload} />
      <ErrorNotice error={error} />
      {!summary && error?.code === 'forbidden' && <KeyForm id={id} />}
      {!summary && loading && !error && <p>{t('summary.loading')}</p>}
      {summary && <SummaryDocument summary={summary} viewerZone={viewerZone} />}
      {summary && (
        <footer class="summary-footer">
          {t('summary.footer', { zone: summary.consultation.timeZone, viewer: viewerZone })}
        </footer>
      )}
    </main>
  );
}

/** A moderator (or an observer of a private consultation) types the key the summary needs. */
function KeyForm({ id }: { id: string }) {
  const [typed, setTyped] = useState('');
  return (
    <form
      class="panel no-print"
      data-testid="summary-key-form"
      onSubmit={(e) => {
        e.preventDefault();
        location.hash = links.summary(id, typed.trim());
      }}
    >
      <p>{t('summary.keyIntro')}</p>
      <label for="summary-key">{t('summary.keyLabel')}</label>
      <input id="summary-key" type="password" required autoComplete="off" value={typed} data-testid="summary-key" onInput={(e) => setTyped(e.currentTarget.value)} />
      <button type="submit" data-testid="summary-key-submit">
        {t('summary.keySubmit')}
      </button>
    </form>
  );
}
