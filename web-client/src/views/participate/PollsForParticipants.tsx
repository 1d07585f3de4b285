import { useRef, useState } from 'preact/hooks';
import type { ConsultationView, PollView } from '../../contract';
import { recordMyVote } from '../../state/localChanges';
import { t } from '../../i18n/i18n';
import type { Actions } from '../shared/commands';
import { InlineError } from '../shared/Notices';
import { PollResults } from '../shared/PollResults';

/** Open polls to vote in (a vote may change until the poll closes) and closed polls' results. */
export function PollsForParticipants({ view, actions }: { view: ConsultationView; actions: Actions }) {
  if (view.polls.length === 0) {
    return <p class="muted">{t('polls.none')}</p>;
  }
  return (
    <ul class="polls" data-testid="polls">
      {[...view.polls].reverse().map((poll) => (
        <li key={poll.id} class="poll" data-testid="poll" data-poll-id={poll.id} data-closed={String(poll.closed)}>
          <h3>{poll.question}</h3>
          {!poll.closed && view.status !== 'closed' && <Ballot poll={poll} myChoice={view.myVotes[poll.id]} actions={actions} />}
          <PollResults poll={poll} myChoice={view.myVotes[poll.id]} />
        </li>
      ))}
    </ul>
  );
}

function Ballot({ poll, myChoice, actions }: { poll: PollView; myChoice: number | undefined; actions: Actions }) {
  const [choice, setChoice] = useState<number | undefined>(myChoice);
  const name = `ballot-${poll.id}`;
  const voteButton = useRef<HTMLButtonElement>(null);
  const error = actions.errorFor(`vote-${poll.id}`);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (choice === undefined || choice === myChoice || actions.busy) {
      return;
    }
    const reply = await actions.run(() => actions.connection.invoke('Vote', poll.id, choice), `vote-${poll.id}`);
    voteButton.current?.focus();
    if (reply) {
      actions.connection.update((v) => recordMyVote(v, poll.id, choice));
    }
  };
  return (
    <form onSubmit={submit} data-testid="ballot" id={`ballot-${poll.id}`}>
      <fieldset>
        <legend class="visually-hidden">{poll.question}</legend>
        {poll.options.map((option, i) => (
          <label key={i} class="radio">
            <input type="radio" name={name} value={i} checked={choice === i} data-testid="ballot-option" data-option={i} onChange={() => setChoice(i)} />
            <span>{option}</span>
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        ref={voteButton}
        aria-disabled={actions.busy || choice === undefined || choice === myChoice}
        aria-describedby={error ? `vote-error-${poll.id}` : undefined}
        data-testid="vote"
      >
        {myChoice === undefined ? t('polls.vote') : t('polls.changeVote')}
      </button>
      <InlineError error={error} id={`vote-error-${poll.id}`} />
      {myChoice !== undefined && <p class="muted">{t('polls.youVoted', { option: poll.options[myChoice] })}</p>}
    </form>
  );
}
