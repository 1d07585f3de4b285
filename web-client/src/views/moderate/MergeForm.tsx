import { useState } from 'preact/hooks';
import type { ConsultationView, PointView } from '../../contract';
import type { Actions } from '../shared/commands';
import { t } from '../../i18n/i18n';

const label = (p: PointView) => `${p.id}: ${p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text}`;

/** Fold a duplicate into another point; votes merge without double-counting a voter. */
export function MergeForm({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [duplicate, setDuplicate] = useState('');
  const [into, setInto] = useState('');
  const candidates = view.points.filter((p) => p.status === 'visible' || p.status === 'pending');

  const submit = async (e: Event) => {
    e.preventDefault();
    const reply = await actions.run(() => actions.connection.invoke('MergePoints', duplicate, into));
    if (reply) {
      setDuplicate('');
      setInto('');
    }
  };

  return (
    <form class="merge" onSubmit={submit} data-testid="merge-form">
      <fieldset disabled={view.status === 'closed' || candidates.length < 2}>
        <legend>{t('points.merge.legend')}</legend>
        <div class="field-row">
          <div class="field">
            <label for="merge-dup">{t('points.merge.duplicate')}</label>
            <select id="merge-dup" value={duplicate} data-testid="merge-duplicate" onChange={(e) => setDuplicate(e.currentTarget.value)}>
              <option value="">{t('common.choose')}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {label(p)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="merge-into">{t('points.merge.into')}</label>
            <select id="merge-into" value={into} data-testid="merge-into" onChange={(e) => setInto(e.currentTarget.value)}>
              <option value="">{t('common.choose')}</option>
              {candidates
                .filter((p) => p.id !== duplicate)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {label(p)}
                  </option>
                ))}
            </select>
          </div>
        </div>
        <button type="submit" disabled={actions.busy || !duplicate || !into || duplicate === into} data-testid="merge-submit">
          {t('points.merge.submit')}
        </button>
      </fieldset>
    </form>
  );
}
