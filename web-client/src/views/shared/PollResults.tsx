import type { PollView } from '../../contract';
import { formatNumber, t } from '../../i18n/i18n';

/** Results as labelled bars with numbers, readable without colour; hidden results say so. */
export function PollResults({ poll, myChoice }: { poll: PollView; myChoice?: number | undefined }) {
  if (!poll.results) {
    return (
      <p class="poll-hidden" data-testid="poll-results" data-hidden="true">
        {t('polls.hiddenResults', { votes: t('points.votes', { count: poll.totalVotes }) })}
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
                {myChoice === i ? ` ${t('polls.yourVote')}` : ''}
              </span>
              <span class="bar" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${share}%` }} />
              </span>
              <span class="poll-option-count">
                {votes} ({formatNumber(share / 100, { style: 'percent' })})
              </span>
            </li>
          );
        })}
      </ul>
      <p class="poll-total">
        {t('points.votes', { count: poll.totalVotes })} · {poll.closed ? t('polls.closed') : t('polls.open')}
      </p>
    </div>
  );
}
