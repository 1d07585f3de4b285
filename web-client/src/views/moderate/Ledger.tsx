import type { ConsultationView } from '../../contract';
import { ledgerActionLabels } from '../shared/labels';
import { moderationSummary } from '../shared/moderationSummary';
import { timeIn } from '../shared/time';
import { t } from '../../i18n/i18n';

/** Every hide, merge, reorder and removal, newest first, with who, when and why. */
export function Ledger({ view }: { view: ConsultationView }) {
  const entries = [...(view.ledger ?? [])].reverse();
  const name = (target: string) => view.participants.find((p) => p.id === target)?.displayName ?? target;
  return (
    <div class="ledger">
      <p data-testid="moderation-counts">{moderationSummary(view.tallies.moderation)}</p>
      {entries.length === 0 ? (
        <p class="muted">{t('moderate.ledgerTable.nothing')}</p>
      ) : (
        <div class="table-scroll">
          <table data-testid="ledger">
            <caption class="visually-hidden">{t('moderate.ledger')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moderate.ledgerTable.when')}</th>
                <th scope="col">{t('moderate.ledgerTable.what')}</th>
                <th scope="col">{t('moderate.ledgerTable.target')}</th>
                <th scope="col">{t('moderate.ledgerTable.by')}</th>
                <th scope="col">{t('moderate.ledgerTable.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={`${e.at}-${i}`} data-testid="ledger-row" data-action={e.action}>
                  <td>{timeIn(e.at, view.settings.timeZone)}</td>
                  <td>{ledgerActionLabels[e.action]}</td>
                  <td>{e.target.split(',').map(name).join(', ')}</td>
                  <td>{e.by}</td>
                  <td>{e.reason ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
