import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsultationView } from '../../contract';
import type { Actions } from '../shared/commands';
import { CopyField } from '../shared/CopyField';
import { absolute, links } from '../router';

/** Start and close the consultation, and the links to hand out. */
export function SessionControls({ view, actions }: { view: ConsultationView; actions: Actions }) {
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
            Start the consultation
          </button>
        )}
        {view.status !== 'closed' && !confirmClose && (
          <button type="button" class="danger-quiet" disabled={actions.busy} data-testid="close" onClick={() => setConfirmClose(true)}>
            Close the consultation…
          </button>
        )}
        {confirmClose && view.status !== 'closed' && (
          <span role="group" aria-label="Confirm closing" class="confirm">
            <span>Closing ends the turn, lowers every hand and closes open polls. It cannot be undone.</span>
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
              Close for good
            </button>
            <button type="button" data-testid="close-cancel" onClick={() => setConfirmClose(false)}>
              Keep it open
            </button>
          </span>
        )}
      </div>
      <p>
        <a href={links.summary(view.id)} data-testid="summary-link">
          {view.status === 'closed' ? 'Summary: print or download' : 'Provisional summary: print or download'}
        </a>
      </p>
      <details class="links">
        <summary>Links to share</summary>
        {view.joinCode && <CopyField label="Join link for participants" value={absolute(origin, links.join(view.id, view.joinCode))} testId="join-link" />}
        <CopyField label="Observer link" value={absolute(origin, links.watch(view.id))} testId="observer-link" />
        {view.settings.visibility === 'private' && <p class="muted">Private consultation: observers need the observer link given at creation (it carries the observer key).</p>}
        {view.joinCode && (
          <p>
            Join code: <code data-testid="join-code-value">{view.joinCode}</code>
          </p>
        )}
      </details>
    </div>
  );
}
