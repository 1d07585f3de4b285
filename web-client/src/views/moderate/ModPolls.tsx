import { useState } from 'preact/hooks';
import { type ConsultationView, LIMITS } from '../../contract';
import type { Actions } from '../shared/commands';
import { PollResults } from '../shared/PollResults';
import { t } from '../../i18n/i18n';

/** Open single-choice polls (2..10 options) and close them; moderators always see results. */
export function ModPolls({ view, actions }: { view: ConsultationView; actions: Actions }) {
  return (
    <div class="mod-polls">
      <OpenPollForm view={view} actions={actions} />
      {view.polls.length > 0 && (
        <ul class="polls" data-testid="polls">
          {[...view.polls].reverse().map((poll) => (
            <li key={poll.id} class="poll" data-testid="poll" data-poll-id={poll.id} data-closed={String(poll.closed)}>
              <h3>
                {poll.question} <span class="muted">({poll.resultsHiddenUntilClose ? `${poll.id}, ${t('polls.hiddenNote')}` : poll.id})</span>
              </h3>
              <PollResults poll={poll} />
              {!poll.closed && (
                <button
                  type="button"
                  aria-label={t('polls.closeLabel', { id: poll.id })}
                  disabled={actions.busy || view.status === 'closed'}
                  data-testid="poll-close"
                  onClick={() => actions.run(() => actions.connection.invoke('ClosePoll', poll.id))}
                >
                  {t('polls.close')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function OpenPollForm({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [hidden, setHidden] = useState(false);
  const setOption = (i: number, value: string) => setOptions(options.map((o, j) => (j === i ? value : o)));
  const filled = options.map((o) => o.trim()).filter(Boolean);

  const submit = async (e: Event) => {
    e.preventDefault();
    const reply = await actions.run(() => actions.connection.invoke('OpenPoll', question, filled, hidden));
    if (reply) {
      setQuestion('');
      setOptions(['', '']);
      setHidden(false);
    }
  };

  return (
    <form class="poll-form" onSubmit={submit} data-testid="poll-form">
      <fieldset disabled={view.status === 'closed'}>
        <legend>{t('polls.form.legend')}</legend>
        <div class="field">
          <label for="poll-q">{t('polls.form.question')}</label>
          <input id="poll-q" required maxLength={LIMITS.pollQuestion} value={question} data-testid="poll-question" onInput={(e) => setQuestion(e.currentTarget.value)} />
        </div>
        {options.map((option, i) => (
          <div class="field field-inline" key={i}>
            <label for={`poll-o-${i}`}>{t('polls.form.option', { n: i + 1 })}</label>
            <input id={`poll-o-${i}`} maxLength={LIMITS.pollOption} value={option} data-testid="poll-option-input" onInput={(e) => setOption(i, e.currentTarget.value)} />
            {options.length > LIMITS.pollOptions.min && (
              <button
                type="button"
                class="quiet"
                aria-label={t('polls.form.removeOption', { n: i + 1 })}
                data-testid="poll-remove-option"
                onClick={() => setOptions(options.filter((_, j) => j !== i))}
              >
                {t('common.remove')}
              </button>
            )}
          </div>
        ))}
        {options.length < LIMITS.pollOptions.max && (
          <button type="button" class="quiet" data-testid="poll-add-option" onClick={() => setOptions([...options, ''])}>
            {t('polls.form.addOption')}
          </button>
        )}
        <label class="checkbox">
          <input type="checkbox" checked={hidden} data-testid="poll-results-hidden" onChange={(e) => setHidden(e.currentTarget.checked)} />
          {t('polls.form.hideResults')}
        </label>
        <button
          type="submit"
          class="primary"
          disabled={actions.busy || !question.trim() || filled.length < LIMITS.pollOptions.min}
          data-testid="poll-open"
        >
          {t('polls.form.submit')}
        </button>
      </fieldset>
    </form>
  );
}
