import { useState } from 'preact/hooks';
import { type ConsultationView, POINT_STATUSES, type PointStatus, type PointView } from '../../contract';
import type { Actions } from '../shared/commands';
import { pointStatusLabels } from '../shared/labels';
import { PointCard } from '../shared/PointCard';
import { ReasonPrompt } from '../shared/ReasonPrompt';
import { t } from '../../i18n/i18n';

/** Every point with the moderation acts that apply to it. */
export function ModPoints({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [filter, setFilter] = useState<PointStatus | 'all'>('all');
  const [hiding, setHiding] = useState<string>();
  const shown = filter === 'all' ? view.points : view.points.filter((p) => p.status === filter);
  const count = (s: PointStatus) => view.points.filter((p) => p.status === s).length;

  return (
    <div class="mod-points">
      <div class="field">
        <label for="points-filter">{t('points.mod.show')}</label>
        <select id="points-filter" value={filter} data-testid="points-filter" onChange={(e) => setFilter(e.currentTarget.value as PointStatus | 'all')}>
          <option value="all">{t('points.mod.all', { count: view.points.length })}</option>
          {POINT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {pointStatusLabels[s]} ({count(s)})
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 ? (
        <p class="muted">{t('points.noneHere')}</p>
      ) : (
        <ul class="points" data-testid="points">
          {shown.map((p) => (
            <PointCard key={p.id} point={p}>
              <PointActions view={view} point={p} actions={actions} onHide={() => setHiding(p.id)} />
              {hiding === p.id && (
                <ReasonPrompt
                  title={t('points.mod.hideLabel', { id: p.id })}
                  confirmLabel={t('points.mod.hideConfirm')}
                  onCancel={() => setHiding(undefined)}
                  onConfirm={(reason) => {
                    setHiding(undefined);
                    void actions.run(() => actions.connection.invoke('HidePoint', p.id, reason));
                  }}
                />
              )}
            </PointCard>
          ))}
        </ul>
      )}
    </div>
  );
}

function PointActions({ view, point, actions, onHide }: { view: ConsultationView; point: PointView; actions: Actions; onHide: () => void }) {
  const closed = view.status === 'closed';
  const open = point.status === 'visible' || point.status === 'pending';
  const disabled = closed || actions.busy;
  const invoke = actions.connection.invoke.bind(actions.connection);
  return (
    <>
      {point.status === 'pending' && (
        <button
          type="button"
          class="primary"
          aria-label={t('points.mod.approveLabel', { id: point.id })}
          disabled={disabled}
          data-testid="approve-point"
          onClick={() => actions.run(() => invoke('ApprovePoint', point.id))}
        >
          {t('points.mod.approve')}
        </button>
      )}
      {point.status === 'visible' && (
        <button
          type="button"
          aria-pressed={point.pinned}
          aria-label={t(point.pinned ? 'points.mod.unpinLabel' : 'points.mod.pinLabel', { id: point.id })}
          disabled={disabled}
          data-testid="pin-point"
          onClick={() => actions.run(() => invoke('PinPoint', point.id, !point.pinned))}
        >
          {point.pinned ? t('points.mod.unpin') : t('points.mod.pin')}
        </button>
      )}
      {open && view.settings.themes.length > 0 && (
        <span class="inline-field">
          <label for={`theme-${point.id}`}>{t('points.mod.themeOf', { id: point.id })}</label>
          <select
            id={`theme-${point.id}`}
            value={point.theme ?? ''}
            disabled={disabled}
            data-testid="point-theme-select"
            onChange={(e) => {
              const theme = e.currentTarget.value || null;
              void actions.run(() => invoke('SetPointTheme', point.id, theme));
            }}
          >
            <option value="">{t('common.noTheme')}</option>
            {view.settings.themes.map((th) => (
              <option key={th} value={th}>
                {th}
              </option>
            ))}
          </select>
        </span>
      )}
      {open && (
        <button type="button" class="danger-quiet" aria-label={t('points.mod.hideLabel', { id: point.id })} disabled={disabled} data-testid="hide-point" onClick={onHide}>
          {t('points.mod.hide')}
        </button>
      )}
    </>
  );
}
