import { useState } from 'preact/hooks';
import { api } from '../../connection/api';
import { type CommandError, toCommandError } from '../../connection/commandError';
import { credentials, type StoredParticipant } from '../../connection/credentials';
import { LIMITS, STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../contract';
import { groupLabels } from '../shared/labels';
import { ErrorNotice } from '../shared/Notices';
import { t } from '../../i18n/i18n';

/**
 * Moderators may queue like anyone else: joining with the moderator key gives a token that
 * carries both the moderator role and a participant id.
 */
export function SeatForm({ id, moderatorKey, onSeated }: { id: string; moderatorKey: string; onSeated: (seat: StoredParticipant) => void }) {
  const [name, setName] = useState('');
  const [group, setGroup] = useState<StakeholderGroup>('other');
  const [error, setError] = useState<CommandError>();
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const seat = await api.join(id, { joinCode: null, displayName: name.trim(), affiliation: null, stakeholderGroup: group, country: null }, moderatorKey);
      credentials.setModeratorSeat(id, seat);
      onSeated(seat);
    } catch (failure) {
      setError(toCommandError(failure));
    }
  };
  return (
    <form class="inline-form" onSubmit={submit} data-testid="seat-form">
      <div class="field">
        <label for="seat-name">{t('moderate.seat.name')}</label>
        <input id="seat-name" required maxLength={LIMITS.displayName} value={name} data-testid="seat-name" onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="seat-group">{t('moderate.seat.group')}</label>
        <select id="seat-group" value={group} onChange={(e) => setGroup(e.currentTarget.value as StakeholderGroup)}>
          {STAKEHOLDER_GROUPS.map((g) => (
            <option key={g} value={g}>
              {groupLabels[g]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" data-testid="seat-submit">
        {t('moderate.seat.submit')}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}
