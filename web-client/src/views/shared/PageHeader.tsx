import type { ComponentChildren } from 'preact';
import type { CommandError } from '../../connection/commandError';
import type { ConnectionStatus } from '../../connection/consultationConnection';
import type { ConsultationView } from '../../contract';
import { statusLabels } from './labels';
import { ConnectionBadge } from './Notices';
import { dualTime, heldRange } from './time';
import { t } from '../../i18n/i18n';

/** When a closed consultation was held ("Held Thu 1 May, 15:00–16:10 Vienna"), else its planned start. */
export function heldOrPlanned(view: Pick<ConsultationView, 'status' | 'startedAt' | 'closedAt' | 'settings'>): string | undefined {
  const zone = view.settings.timeZone;
  if (view.status === 'closed' && view.startedAt) {
    return t('header.held', { range: heldRange(view.startedAt, view.closedAt, zone) });
  }
  return view.settings.startsAt ? dualTime(view.settings.startsAt, zone) : undefined;
}

/** Title, lifecycle and connection state of a consultation page. */
export function PageHeader({
  view,
  status,
  error,
  role,
  children,
}: {
  view: ConsultationView;
  status: ConnectionStatus;
  error?: CommandError | undefined;
  role: string;
  children?: ComponentChildren;
}) {
  return (
    <header class="page-header">
      <p class="eyebrow">{role}</p>
      <h1 data-testid="consultation-title">{view.settings.title}</h1>
      <p class="header-meta">
        <span class={`tag tag-status tag-${view.status}`} data-testid="consultation-status" data-status={view.status}>
          {statusLabels[view.status]}
        </span>{' '}
        {view.settings.region}
        {heldOrPlanned(view) && ` · ${heldOrPlanned(view)}`}
      </p>
      <ConnectionBadge status={status} error={error} />
      {children}
    </header>
  );
}
