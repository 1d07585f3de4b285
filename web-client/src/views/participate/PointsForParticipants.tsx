import type { ConsultationView } from '../../contract';
import { toggleMyUpvote } from '../../state/localChanges';
import type { Actions } from '../shared/commands';
import { PointCard } from '../shared/PointCard';

/** Visible points and the participant's own pending ones, with an upvote toggle. */
export function PointsForParticipants({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const me = view.participantId;
  const points = view.points.filter((p) => p.status === 'visible' || (p.status === 'pending' && p.authorId === me));
  const upvote = async (pointId: string) => {
    const reply = await actions.run(() => actions.connection.invoke('Upvote', pointId));
    if (reply) {
      actions.connection.update((v) => toggleMyUpvote(v, pointId));
    }
  };

  if (points.length === 0) {
    return <p class="muted">No points yet.</p>;
  }
  return (
    <ul class="points" data-testid="points">
      {points.map((p) => {
        const upvoted = view.myUpvotes.includes(p.id);
        return (
          <PointCard key={p.id} point={p} mine={p.authorId !== undefined && p.authorId === me}>
            {p.status === 'visible' && (
              <button
                type="button"
                class={upvoted ? 'toggle toggle-on' : 'toggle'}
                aria-pressed={upvoted}
                disabled={actions.busy || view.status === 'closed'}
                data-testid="upvote"
                data-upvoted={String(upvoted)}
                onClick={() => upvote(p.id)}
              >
                {upvoted ? '▲ Upvoted (undo)' : '△ Upvote'}
                <span class="visually-hidden"> point {p.id}</span>
              </button>
            )}
          </PointCard>
        );
      })}
    </ul>
  );
}
