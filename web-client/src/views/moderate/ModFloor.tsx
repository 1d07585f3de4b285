import { useState } from 'preact/hooks';
import type { ConsultationView } from '../../contract';
import type { Actions } from '../shared/commands';
import { FloorBanner } from '../shared/FloorBanner';
import { groupLabels } from '../shared/labels';
import { t } from '../../i18n/i18n';

/** The running turn and the controls that start and end turns. */
export function ModFloor({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [named, setNamed] = useState('');
  const live = view.status === 'live';
  const people = view.participants.filter((p) => !p.removed);
  const give = (participantId: string | null) => actions.run(() => actions.connection.invoke('GiveFloor', participantId));

  return (
    <div class="mod-floor">
      <FloorBanner floor={view.floor} clock={actions.connection.clock} meId={view.participantId} />
      <div class="button-row">
        <button type="button" class="primary" disabled={!live || actions.busy || view.queue.length === 0} data-testid="give-floor-head" onClick={() => give(null)}>
          {view.queue[0] ? t('moderate.floor.giveNextNamed', { name: view.queue[0].displayName }) : t('moderate.floor.giveNext')}
        </button>
        <button type="button" disabled={!view.floor || actions.busy} data-testid="end-turn" onClick={() => actions.run(() => actions.connection.invoke('EndTurn'))}>
          {t('moderate.floor.endTurn')}
        </button>
      </div>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (named) {
            void give(named);
          }
        }}
      >
        <label for="floor-named">{t('moderate.floor.giveNamed')}</label>
        <select id="floor-named" value={named} data-testid="give-floor-select" onChange={(e) => setNamed(e.currentTarget.value)}>
          <option value="">{t('common.choose')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {t(p.connected ? 'moderate.floor.present' : 'moderate.floor.away', { name: p.displayName, group: groupLabels[p.group] })}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!live || !named || actions.busy} data-testid="give-floor-named">
          {t('queue.giveFloor')}
        </button>
      </form>
      {!live && <p class="muted">{view.status === 'scheduled' ? t('moderate.floor.startFirst') : t('moderate.floor.closed')}</p>}
    </div>
  );
}
