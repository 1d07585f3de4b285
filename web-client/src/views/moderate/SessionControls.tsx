import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsultationView } from '../../contract';
import type { Actions } from '../shared/commands';
import { CopyField } from '../shared/CopyField';
import { absolute, links } from '../router';
import { t } from '../../i18n/i18n';

/** Start and close the consultation, and the links to hand out. */
export function SessionControls({ view, actions, moderatorKey }: { view: ConsultationView; actions: Actions; moderatorKey: string }) {
  const [confirmClose, setConfirmClose] = useState(false);
  const origin = location.origin;
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Focus the confirmation once when it opens; live events re-render this often.
  useEffect(() => {
    if (confirmClose) {
      confirmButton.current?.focus();
    }
  }, [confirmClose]);
  return (
    <div class="session-controls">
      <div class="button-row">
        {view.status === 'scheduled' && (
          <button type="button" class="primary" disabled={actions.busy} data-testid="start" onClick={() => actions.run(() => actions.connection.invoke('Start'))}>
            {t('moderate.session.start')}
          </button>
        )}
        {view.status !== 'closed' && !confirmClose && (
          <button type="button" class="danger-quiet" disabled={actions.busy} data-testid="close" onClick={() => setConfirmClose(true)}>
            {t('moderate.session.close')}
          </button>
        )}
        {confirmClose && view.status !== 'closed' && (
          <span role="group" aria-label={t('moderate.session.confirmGroup')} class="confirm">
            <span>{t('moderate.session.confirmText')}</span>
            <button
              type="button"
              class="danger"
              data-testid="close-confirm"
              ref={confirmButton}
              onClick={() => {
                setConfirmClose(false);
                void actions.run(() => actions.connection.invoke('Close'));
              }}
            >
              {t('moderate.session.closeForGood')}
            </button>
            <button type="button" data-testid="close-cancel" onClick={() => setConfirmClose(false)}>
              {t('moderate.session.keepOpen')}
            </button>
          </span>
        )}
      </div>
      <p>
        {/* The key rides in the fragment: a new tab has none of this tab's memory, and fragments never reach the server. */}
        <a href={links.summary(view.id, moderatorKey)} data-testid="summary-link">
          {view.status === 'closed' ? t('moderate.session.summary') : t('moderate.session.provisional')}
        </a>
      </p>
      <details class="links">
        <summary>{t('moderate.session.links')}</summary>
        {view.joinCode && <CopyField label={t('organize.created.joinLink')} value={absolute(origin, links.join(view.id, view.joinCode))} testId="join-link" />}
        <CopyField label={t('organize.created.observerLink')} value={absolute(origin, links.watch(view.id))} testId="observer-link" />
        {view.settings.visibility === 'private' && <p class="muted">{t('moderate.session.privateNote')}</p>}
        {view.joinCode && (
          <p>
            {t('moderate.session.joinCode')} <code data-testid="join-code-value">{view.joinCode}</code>
          </p>
        )}
      </details>
    </div>
  );
}
