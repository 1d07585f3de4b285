import type { CommandError } from '../../connection/commandError';
import type { ConnectionStatus } from '../../connection/consultationConnection';

const statusText: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  live: 'Connected',
  reconnecting: 'Reconnecting…',
  removed: 'Removed',
  failed: 'Disconnected',
};

/** A refused command or request, announced at once. */
export function ErrorNotice({ error, onDismiss }: { error: CommandError | undefined; onDismiss?: () => void }) {
  return (
    <div role="alert" class="notice-slot">
      {error && (
        <div class="notice notice-error" data-testid="error-banner" data-code={error.code}>
          <span>{error.message}</span>
          {onDismiss && (
            <button type="button" class="link-button" onClick={onDismiss} data-testid="error-dismiss">
              Dismiss
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
      {statusText[status]}
      {error && status !== 'live' ? `: ${error.message}` : ''}
    </p>
  );
}

/** What a page shows until its first view arrives, or instead of it when watching failed. */
export function Loading({ status, error }: { status: ConnectionStatus; error?: CommandError | undefined }) {
  return (
    <main id="main" class="page">
      <ConnectionBadge status={status} error={error} />
      {status === 'connecting' && <p>Loading the consultation…</p>}
    </main>
  );
}
