import type { ConsultationSummary, SummaryPoll } from '../../contract';
import type { Series } from '../watch/talliesData';
import { SummaryChart } from './SummaryChart';
import { count, share } from './summaryData';

/** Each poll with its results as a chart and a table; hidden results say so. */
export function SummaryPolls({ summary }: { summary: ConsultationSummary }) {
  return (
    <section class="summary-section" data-testid="summary-polls" aria-labelledby={`polls-${summary.consultation.id}`}>
      <h3 id={`polls-${summary.consultation.id}`}>Polls</h3>
      {summary.polls.length === 0 && <p class="muted">No polls were run.</p>}
      {summary.polls.map((poll, i) => (
        <Poll key={poll.id} poll={poll} number={i + 1} />
      ))}
    </section>
  );
}

function Poll({ poll, number }: { poll: SummaryPoll; number: number }) {
  // Options keep their order: a poll reads top to bottom as it was asked.
  const series: Series = {
    keys: poll.options.map((o) => String(o.option)),
    labels: poll.options.map((o) => o.text),
    values: poll.options.map((o) => o.votes ?? 0),
  };
  return (
    <div class="summary-poll" data-testid="summary-poll" data-poll-id={poll.id} data-closed={String(poll.closed)}>
      <h4>
        Q{number}. {poll.question}{' '}
        <span class="muted">
          ({poll.closed ? 'closed' : 'open'}, {count(poll.totalVotes, 'vote')})
        </span>
      </h4>
      {poll.resultsHidden ? (
        <p data-testid="summary-poll-hidden">Results are hidden until the poll closes.</p>
      ) : (
        <>
          <SummaryChart spec={{ id: `poll-${poll.id}`, title: `Votes for each option of Q${number}`, unit: 'votes', series }} />
          <table class="summary-table">
            <thead>
              <tr>
                <th scope="col">Option</th>
                <th scope="col" class="num">
                  Votes
                </th>
                <th scope="col" class="num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {poll.options.map((o) => (
                <tr key={o.option} data-testid="summary-poll-option" data-option={o.option} data-votes={o.votes ?? 0}>
                  <th scope="row">{o.text}</th>
                  <td class="num">{o.votes ?? 0}</td>
                  <td class="num">{share(o.votes ?? 0, poll.totalVotes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
