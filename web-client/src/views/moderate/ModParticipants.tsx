import { useState } from 'preact/hooks';
import type { ConsultationView } from '../../contract';
import type { Actions } from '../shared/commands';
import { duration, groupLabels } from '../shared/labels';
import { ReasonPrompt } from '../shared/ReasonPrompt';

/** Everyone who joined, removed people included (moderators keep them for the record). */
export function ModParticipants({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [removing, setRemoving] = useState<string>();
  const present = view.participants.filter((p) => p.connected && !p.removed).length;
  return (
    <div class="mod-participants">
      <p>
        {present} connected of {view.participants.filter((p) => !p.removed).length} ({view.settings.capacity} places).
      </p>
      <div class="table-scroll">
        <table data-testid="participants-table">
          <caption class="visually-hidden">Participants</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Group</th>
              <th scope="col">Country</th>
              <th scope="col">Here</th>
              <th scope="col">Turns</th>
              <th scope="col">Spoken</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.participants.map((p) => (
              <tr key={p.id} data-testid="participant-row" data-participant-id={p.id} data-removed={String(p.removed)} class={p.removed ? 'removed' : ''}>
                <th scope="row">
                  {p.displayName}
                  {p.affiliation && <span class="muted"> · {p.affiliation}</span>}
                  {p.isModerator && <span class="tag">moderator</span>}
                </th>
                <td>{groupLabels[p.group]}</td>
                <td>{p.country ?? '–'}</td>
                <td>{p.removed ? 'Removed' : p.connected ? 'Yes' : 'Away'}</td>
                <td>{p.turns}</td>
                <td>{duration(p.spokenMs)}</td>
                <td>
                  {!p.removed && view.status !== 'closed' && (
                    <button type="button" class="danger-quiet" disabled={actions.busy} data-testid="remove-participant" onClick={() => setRemoving(p.id)}>
                      Remove<span class="visually-hidden"> {p.displayName}</span>
                    </button>
                  )}
                  {removing === p.id && (
                    <ReasonPrompt
                      title={`Remove ${p.displayName}`}
                      confirmLabel="Remove participant"
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
