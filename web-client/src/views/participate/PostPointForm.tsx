import { useState } from 'preact/hooks';
import { type ConsultationView, LIMITS, POINT_KINDS, type PointKind } from '../../contract';
import { addOwnPendingPoint } from '../../state/localChanges';
import type { Actions } from '../shared/commands';
import { kindLabels } from '../shared/labels';

/** Post a point. In a premoderated consultation the author sees it at once, marked as waiting. */
export function PostPointForm({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [kind, setKind] = useState<PointKind>('observation');
  const [text, setText] = useState('');
  const [theme, setTheme] = useState('');
  const [posted, setPosted] = useState<string>();

  const submit = async (e: Event) => {
    e.preventDefault();
    setPosted(undefined);
    const sent = { kind, text, theme: theme || null };
    const reply = await actions.run(() => actions.connection.invoke('PostPoint', sent.kind, sent.text, sent.theme));
    if (!reply) {
      return;
    }
    if (reply.id) {
      const id = reply.id;
      const postedAt = new Date(actions.connection.clock.now()).toISOString();
      actions.connection.update((v) => addOwnPendingPoint(v, { id, ...sent, postedAt }));
    }
    setText('');
    setPosted(view.settings.moderationMode === 'premoderated' ? 'Posted; it waits for a moderator’s approval.' : 'Posted.');
  };

  return (
    <form class="post-point" onSubmit={submit} data-testid="post-point-form">
      <fieldset disabled={view.status === 'closed'}>
        <legend>Make a point</legend>
        <div class="field-row">
          <div class="field">
            <label for="pp-kind">Kind</label>
            <select id="pp-kind" value={kind} data-testid="point-kind" onChange={(e) => setKind(e.currentTarget.value as PointKind)}>
              {POINT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </select>
          </div>
          {view.settings.themes.length > 0 && (
            <div class="field">
              <label for="pp-theme">Theme</label>
              <select id="pp-theme" value={theme} data-testid="point-theme" onChange={(e) => setTheme(e.currentTarget.value)}>
                <option value="">No theme</option>
                {view.settings.themes.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div class="field">
          <label for="pp-text">Your point</label>
          <textarea
            id="pp-text"
            required
            rows={3}
            maxLength={LIMITS.pointText}
            value={text}
            aria-describedby="pp-count"
            data-testid="point-text-input"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <p id="pp-count" class="muted">
            {text.length} / {LIMITS.pointText} characters · at most {LIMITS.pointsPerMinute} points a minute
          </p>
        </div>
        <button type="submit" class="primary" disabled={actions.busy || text.trim() === ''} data-testid="post-point">
          Post point
        </button>
        <p role="status" class="muted" data-testid="post-point-status">
          {posted}
        </p>
      </fieldset>
    </form>
  );
}
