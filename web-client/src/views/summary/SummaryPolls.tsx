import type { ConsultationSummary, SummaryPoll } from '../../contract';
import type { Series } from '../watch/talliesData';
import { SummaryChart } from './SummaryChart';
import { count, share } from './summaryData';
import { t } from '../../i18n/i18n';

/** Each poll with its results as a chart and a table; hidden results say so. */
export function SummaryPolls({ summary }: { summary: ConsultationSummary }) {
  return (
    <section class="summary-section" data-testid="summary-polls" aria-labelledby={`polls-${summary.consultation.id}`}>
      <h3 id={`polls-${summary.consultation.id}`}>{t('summary.polls')}</h3>
      {summary.polls.length === 0 && <p class="muted">{t('summary.noPolls')}</p>}
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
        {t('summary.pollHeading', { number, question: poll.question })}{' '}
        <span class="muted">{t('summary.pollState', { state: poll.closed ? t('polls.closed') : t('polls.open'), votes: count(poll.totalVotes, 'vote') })}</span>
      </h4>
      {poll.resultsHidden ? (
        <p data-testid="summary-poll-hidden">{t('summary.pollHidden')}</p>
      ) : (
        <>
          <SummaryChart spec={{ id: `poll-${poll.id}`, title: t('summary.pollChart', { number }), unit: 'votes', series }} />
          <table class="summary-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.option')}</th>
                <th scope="col" class="num">
                  {t('summary.votes')}
                </th>
                <th scope="col" class="num">
                  {t('summary.share')}
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
