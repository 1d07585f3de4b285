import type { CommandError } from '../../connection/commandError';
import type { ConnectionStatus } from '../../connection/consultationConnection';
import { currentLanguage, t } from '../../i18n/i18n';



/**
 * A refusal as people read it. The server's message is English; in another language the
 * refusal is named in that language first and the server's words follow, marked as English.
 */
export function ErrorText({ error }: { error: CommandError }) {
  if (currentLanguage() === 'en') {
    return <span>{error.message}</span>;
  }
  return (
    <span>
      {t(`errors.${error.code}`)}{' '}
      <span lang="en" dir="ltr">
        {error.message}
      </span>
    </span>
  );
}

/** A refusal shown beside the control that caused it and announced at once; `id` lets the control point to it (aria-describedby). */
export function InlineError({ error, id }: { error: CommandError | undefined; id: string }) {
  return (
    <div role="alert" class="inline-error-slot">
      {error && (
        <p id={id} class="inline-error" data-testid="inline-error" data-code={error.code}>
          <ErrorText error={error} />
        </p>
      )}
    </div>
  );
}

/** A refused command or request, announced at once. */
export function ErrorNotice({ error, onDismiss }: { error: CommandError | undefined; onDismiss?: () => void }) {
  return (
    <div role="alert" class="notice-slot">
      {error && (
        <div class="notice notice-error" data-testid="error-banner" data-code={error.code}>
          <ErrorText error={error} />
          {onDismiss && (
            <button type="button" class="link-button" onClick={onDismiss} data-testid="error-dismiss">
              {t('common.dismiss')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** The connection's state, announced politely when it changes. */
export function ConnectionBadge({ status, error }: { status: ConnectionStatus; error?: CommandError | undefined }) {
  return (
    <p role="status" class={`badge badge-${status}`} data-testid="connection-status" data-status={status}>
      {error && status !== 'live' ? t('connection.withError', { status: t(`connection.${status}`), message: error.message }) : t(`connection.${status}`)}
    </p>
  );
}

/** What a page shows until its first view arrives, or instead of it when watching failed. */
export function Loading({ status, error }: { status: ConnectionStatus; error?: CommandError | undefined }) {
  return (
    <main id="main" class="page">
      <ConnectionBadge status={status} error={error} />
      {status === 'connecting' && <p>{t('common.loadingConsultation')}</p>}
    </main>
  );
}
