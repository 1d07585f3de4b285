import { useState } from 'preact/hooks';
import { api } from '../../connection/api';
import { type CommandError, toCommandError } from '../../connection/commandError';
import { SUMMARY_FORMATS, type SummaryFormat } from '../../contract';
import { ErrorNotice } from '../shared/Notices';
import { t } from '../../i18n/i18n';


/**
 * Print and download. Files are fetched with the credential in the Authorization header (never
 * in a URL) and saved under the name the server gives them.
 */
export function SummaryToolbar({ urlOf, credential, onRefresh }: { urlOf: (format: SummaryFormat) => string; credential: string | undefined; onRefresh?: () => void }) {
  const [error, setError] = useState<CommandError>();
  const [busy, setBusy] = useState<SummaryFormat>();
  const [saved, setSaved] = useState('');

  const download = async (format: SummaryFormat) => {
    setBusy(format);
    setError(undefined);
    setSaved('');
    try {
      const { blob, fileName } = await api.download(urlOf(format), credential);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setSaved(t('summary.saved', { file: fileName }));
    } catch (e) {
      setError(toCommandError(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div class="summary-toolbar no-print" data-testid="summary-toolbar">
      <div class="button-row">
        <button type="button" class="primary" data-testid="summary-print" onClick={() => window.print()}>
          {t('summary.print')}
        </button>
        {SUMMARY_FORMATS.map((format) => (
          <button key={format} type="button" disabled={busy !== undefined} data-testid={`summary-download-${format}`} onClick={() => void download(format)}>
            {busy === format ? t('summary.downloading') : t('summary.download', { format: t(`summary.formats.${format}`) })}
          </button>
        ))}
        {onRefresh && (
          <button type="button" class="quiet" data-testid="summary-refresh" onClick={onRefresh}>
            {t('summary.refresh')}
          </button>
        )}
      </div>
      <p role="status" class="muted" data-testid="summary-download-status">
        {saved}
      </p>
      <ErrorNotice error={error} onDismiss={() => setError(undefined)} />
    </div>
  );
}
