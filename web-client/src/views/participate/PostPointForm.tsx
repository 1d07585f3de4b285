import { useRef, useState } from 'preact/hooks';
import { type ConsultationView, LIMITS, POINT_KINDS, type PointKind } from '../../contract';
import { t } from '../../i18n/i18n';
import { addOwnPendingPoint } from '../../state/localChanges';
import type { Actions } from '../shared/commands';
import { kindLabels } from '../shared/labels';
import { InlineError } from '../shared/Notices';

/** Where a refused point (too long, too many a minute) is shown. */
export const PostSource = 'post';

/**
 * Post a point. In a premoderated consultation the author sees it at once, marked as waiting.
 * After posting, the text and the theme start afresh and focus returns to the text, ready for
 * the next point.
 */
export function PostPointForm({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [kind, setKind] = useState<PointKind>('observation');
  const [text, setText] = useState('');
  const [theme, setTheme] = useState('');
  const [posted, setPosted] = useState<string>();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const error = actions.errorFor(PostSource);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (actions.busy || text.trim() === '') {
      return;
    }
    setPosted(undefined);
    const sent = { kind, text, theme: theme || null };
    const reply = await actions.run(() => actions.connection.invoke('PostPoint', sent.kind, sent.text, sent.theme), PostSource);
    textArea.current?.focus();
    if (!reply) {
      return;
    }
    if (reply.id) {
      const id = reply.id;
      const postedAt = new Date(actions.connection.clock.now()).toISOString();
      actions.connection.update((v) => addOwnPendingPoint(v, { id, ...sent, postedAt }));
    }
    setText('');
    setTheme('');
    setPosted(view.settings.moderationMode === 'premoderated' ? t('points.post.postedPending') : t('points.post.posted'));
  };

  const described = error ? 'pp-count pp-error' : 'pp-count';
  return (
    <form class="post-point" id="post-point" onSubmit={submit} data-testid="post-point-form">
      <fieldset disabled={view.status === 'closed'}>
        <legend>{t('points.post.legend')}</legend>
        <div class="field-row">
          <div class="field">
            <label for="pp-kind">{t('points.post.kind')}</label>
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
              <label for="pp-theme">{t('points.post.theme')}</label>
              <select id="pp-theme" value={theme} data-testid="point-theme" onChange={(e) => setTheme(e.currentTarget.value)}>
                <option value="">{t('common.noTheme')}</option>
                {view.settings.themes.map((th) => (
                  <option key={th} value={th}>
                    {th}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div class="field">
          <label for="pp-text">{t('points.post.text')}</label>
          <textarea
            id="pp-text"
            ref={textArea}
            required
            rows={3}
            maxLength={LIMITS.pointText}
            value={text}
            aria-describedby={described}
            aria-invalid={error?.code === 'invalid' ? true : undefined}
            data-testid="point-text-input"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <p id="pp-count" class="muted">
            {t('points.post.count', { length: text.length, max: LIMITS.pointText, perMinute: LIMITS.pointsPerMinute })}
          </p>
        </div>
        <InlineError error={error} id="pp-error" />
        <button type="submit" class="primary" aria-disabled={actions.busy || text.trim() === ''} aria-describedby={error ? 'pp-error' : undefined} data-testid="post-point">
          {t('points.post.submit')}
        </button>
        <p role="status" class="muted" data-testid="post-point-status">
          {posted}
        </p>
      </fieldset>
    </form>
  );
}
