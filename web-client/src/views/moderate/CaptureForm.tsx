import { useState } from 'preact/hooks';
import { type ConsultationView, LIMITS, POINT_KINDS, type PointKind } from '../../contract';
import type { Actions } from '../shared/commands';
import { kindLabels } from '../shared/labels';
import { t } from '../../i18n/i18n';

const Speaker = '@speaker';

/** Rapporteur work: capture a point for the current speaker, a named participant, or the floor. */
export function CaptureForm({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [kind, setKind] = useState<PointKind>('recommendation');
  const [text, setText] = useState('');
  const [theme, setTheme] = useState('');
  const [attribution, setAttribution] = useState(Speaker);
  const speaker = view.floor;
  const people = view.participants.filter((p) => !p.removed);
  // "Current speaker" follows the floor as it changes; with nobody speaking it means the floor.
  const attributedTo = attribution === Speaker ? (speaker?.participantId ?? null) : attribution || null;

  const submit = async (e: Event) => {
    e.preventDefault();
    const reply = await actions.run(() => actions.connection.invoke('CapturePoint', kind, text, theme || null, attributedTo));
    if (reply) {
      setText('');
    }
  };

  return (
    <form class="capture" onSubmit={submit} data-testid="capture-form">
      <fieldset disabled={view.status === 'closed'}>
        <legend>{t('points.capture.legend')}</legend>
        <div class="field-row">
          <div class="field">
            <label for="cap-kind">{t('points.post.kind')}</label>
            <select id="cap-kind" value={kind} data-testid="capture-kind" onChange={(e) => setKind(e.currentTarget.value as PointKind)}>
              {POINT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="cap-theme">{t('points.post.theme')}</label>
            <select id="cap-theme" value={theme} data-testid="capture-theme" onChange={(e) => setTheme(e.currentTarget.value)}>
              <option value="">{t('common.noTheme')}</option>
              {view.settings.themes.map((th) => (
                <option key={th} value={th}>
                  {th}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="cap-who">{t('points.capture.onBehalf')}</label>
            <select id="cap-who" value={attribution} data-testid="capture-attribution" onChange={(e) => setAttribution(e.currentTarget.value)}>
              <option value={Speaker}>{speaker ? t('points.capture.currentSpeaker', { name: speaker.displayName }) : t('points.capture.currentSpeakerNobody')}</option>
              <option value="">{t('points.capture.floor')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="field">
          <label for="cap-text">{t('points.capture.text')}</label>
          <textarea id="cap-text" required rows={3} maxLength={LIMITS.pointText} value={text} data-testid="capture-text" onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <button type="submit" class="primary" disabled={actions.busy || text.trim() === ''} data-testid="capture-submit">
          {t('points.capture.submit')}
        </button>
      </fieldset>
    </form>
  );
}
