import { useState } from 'preact/hooks';
import type { ConsultationView } from '../../contract';
import type { Actions } from '../shared/commands';
import { duration, groupLabels } from '../shared/labels';
import { ReasonPrompt } from '../shared/ReasonPrompt';
import { t } from '../../i18n/i18n';

/** Everyone who joined, removed people included (moderators keep them for the record). */
export function ModParticipants({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [removing, setRemoving] = useState<string>();
  const present = view.participants.filter((p) => p.connected && !p.removed).length;
  return (
    <div class="mod-participants">
      <p>
        {t('moderate.people.summary', { present, count: view.participants.filter((p) => !p.removed).length, capacity: view.settings.capacity })}
      </p>
      <div class="table-scroll">
        <table data-testid="participants-table">
          <caption class="visually-hidden">{t('moderate.participants')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moderate.people.name')}</th>
              <th scope="col">{t('moderate.people.group')}</th>
              <th scope="col">{t('moderate.people.country')}</th>
              <th scope="col">{t('moderate.people.here')}</th>
              <th scope="col">{t('moderate.people.turns')}</th>
              <th scope="col">{t('moderate.people.spoken')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('moderate.people.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.participants.map((p) => (
              <tr key={p.id} data-testid="participant-row" data-participant-id={p.id} data-removed={String(p.removed)} class={p.removed ? 'removed' : ''}>
                <th scope="row">
                  {p.displayName}
                  {p.affiliation && <span class="muted"> · {p.affiliation}</span>}
                  {p.isModerator && <span class="tag">{t('moderate.people.moderator')}</span>}
                </th>
                <td>{groupLabels[p.group]}</td>
                <td>{p.country ?? '–'}</td>
                <td>{p.removed ? t('moderate.people.removed') : p.connected ? t('moderate.people.yes') : t('moderate.people.away')}</td>
                <td>{p.turns}</td>
                <td>{duration(p.spokenMs)}</td>
                <td>
                  {!p.removed && view.status !== 'closed' && (
                    <button
                      type="button"
                      class="danger-quiet"
                      aria-label={t('moderate.people.removeName', { name: p.displayName })}
                      disabled={actions.busy}
                      data-testid="remove-participant"
                      onClick={() => setRemoving(p.id)}
                    >
                      {t('common.remove')}
                    </button>
                  )}
                  {removing === p.id && (
                    <ReasonPrompt
                      title={t('moderate.people.removeName', { name: p.displayName })}
                      confirmLabel={t('moderate.people.removeParticipant')}
                      onCancel={() => setRemoving(undefined)}
                      onConfirm={(reason) => {
                        setRemoving(undefined);
                        void actions.run(() => actions.connection.invoke('RemoveParticipant', p.id, reason));
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
