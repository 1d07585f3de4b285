import { useState } from 'preact/hooks';
import type { ConsultationView, PollView } from '../../contract';
import { recordMyVote } from '../../state/localChanges';
import type { Actions } from '../shared/commands';
import { PollResults } from '../shared/PollResults';

/** Open polls to vote in (a vote may change until the poll closes) and closed polls' results. */
export function PollsForParticipants({ view, actions }: { view: ConsultationView; actions: Actions }) {
  if (view.polls.length === 0) {
    return <p class="muted">No polls yet.</p>;
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
  const submit = async (e: Event) => {
    e.preventDefault();
    if (choice === undefined) {
      return;
    }
    const reply = await actions.run(() => actions.connection.invoke('Vote', poll.id, choice));
    if (reply) {
      actions.connection.update((v) => recordMyVote(v, poll.id, choice));
    }
  };
  return (
    <form onSubmit={submit} data-testid="ballot">
      <fieldset>
        <legend class="visually-hidden">{poll.question}</legend>
        {poll.options.map((option, i) => (
          <label key={i} class="radio">
            <input type="radio" name={name} value={i} checked={choice === i} data-testid="ballot-option" data-option={i} onChange={() => setChoice(i)} />
            <span>{option}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={actions.busy || choice === undefined || choice === myChoice} data-testid="vote">
        {myChoice === undefined ? 'Vote' : 'Change my vote'}
      </button>
      {myChoice !== undefined && <p class="muted">You voted for “{poll.options[myChoice]}”.</p>}
    </form>
  );
}
