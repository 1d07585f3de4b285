import type { PollView } from '../../contract';

/** Results as labelled bars with numbers, readable without colour; hidden results say so. */
export function PollResults({ poll, myChoice }: { poll: PollView; myChoice?: number | undefined }) {
  if (!poll.results) {
    return (
      <p class="poll-hidden" data-testid="poll-results" data-hidden="true">
        Results are shown when the poll closes. {poll.totalVotes} {poll.totalVotes === 1 ? 'vote' : 'votes'} so far.
      </p>
    );
  }
  const total = poll.results.reduce((a, b) => a + b, 0);
  return (
    <div class="poll-results" data-testid="poll-results" data-hidden="false">
      <ul>
        {poll.options.map((option, i) => {
          const votes = poll.results?.[i] ?? 0;
          const share = total === 0 ? 0 : Math.round((votes / total) * 100);
          return (
            <li key={i} data-testid="poll-option-result" data-option={i} data-votes={votes}>
              <span class="poll-option-label">
                {option}
                {myChoice === i ? ' (your vote)' : ''}
              </span>
              <span class="bar" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${share}%` }} />
              </span>
              <span class="poll-option-count">
                {votes} ({share}%)
              </span>
            </li>
          );
        })}
      </ul>
      <p class="poll-total">
        {poll.totalVotes} {poll.totalVotes === 1 ? 'vote' : 'votes'}
        {poll.closed ? ' · closed' : ' · open'}
      </p>
    </div>
  );
}
