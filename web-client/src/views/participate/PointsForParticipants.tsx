import type { ConsultationView } from '../../contract';
import { toggleMyUpvote } from '../../state/localChanges';
import { t } from '../../i18n/i18n';
import type { Actions } from '../shared/commands';
import { InlineError } from '../shared/Notices';
import { PointCard } from '../shared/PointCard';

/** Visible points and the participant's own pending ones, with an upvote toggle. */
export function PointsForParticipants({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const me = view.participantId;
  const points = view.points.filter((p) => p.status === 'visible' || (p.status === 'pending' && p.authorId === me));
  const upvote = async (pointId: string) => {
    const reply = await actions.run(() => actions.connection.invoke('Upvote', pointId), `upvote-${pointId}`);
    if (reply) {
      actions.connection.update((v) => toggleMyUpvote(v, pointId));
    }
  };

  if (points.length === 0) {
    return <p class="muted">{t('points.none')}</p>;
  }
  return (
    <ul class="points" data-testid="points">
      {points.map((p) => {
        const upvoted = view.myUpvotes.includes(p.id);
        const error = actions.errorFor(`upvote-${p.id}`);
        return (
          <PointCard key={p.id} point={p} mine={p.authorId !== undefined && p.authorId === me}>
            {p.status === 'visible' && (
              <>
                <button
                  type="button"
                  class={upvoted ? 'toggle toggle-on' : 'toggle'}
                  aria-pressed={upvoted}
                  aria-label={t('points.upvoteLabel', { text: p.text })}
                  aria-describedby={error ? `upvote-error-${p.id}` : undefined}
                  aria-disabled={actions.busy}
                  disabled={view.status === 'closed'}
                  data-testid="upvote"
                  data-upvoted={String(upvoted)}
                  onClick={() => !actions.busy && void upvote(p.id)}
                >
                  <span aria-hidden="true">{upvoted ? '▲' : '△'}</span> {t('points.upvote')}
                </button>
                <InlineError error={error} id={`upvote-error-${p.id}`} />
              </>
            )}
          </PointCard>
        );
      })}
    </ul>
  );
}
