import type { ConsultationSummary, CountryParticipation, GroupParticipation } from '../../contract';
import { countryName, groupLabels } from '../shared/labels';
import { SummaryChart } from './SummaryChart';
import { count, hms, participationCharts, pointsByKind } from './summaryData';

/** Who took part: charts by group, then the figures by group and by country, then the speakers. */
export function SummaryParticipation({ summary }: { summary: ConsultationSummary }) {
  const { participation } = summary;
  const charts = participationCharts(participation.byGroup, pointsByKind(summary));
  return (
    <>
      <section class="summary-section" data-testid="summary-participation" aria-labelledby={`participation-${summary.consultation.id}`}>
        <h3 id={`participation-${summary.consultation.id}`}>Participation</h3>
        <p>
          {count(participation.joined, 'participant')} joined
          {participation.removed > 0 && ` (${participation.removed} removed, not counted)`}.
        </p>
        <div class="summary-charts">
          {charts.map((spec) => (
            <SummaryChart key={spec.id} spec={spec} />
          ))}
        </div>
        <GroupTable rows={participation.byGroup} />
        <CountryTable rows={participation.byCountry} />
      </section>
      <section class="summary-section" data-testid="summary-speakers" aria-labelledby={`speakers-${summary.consultation.id}`}>
        <h3 id={`speakers-${summary.consultation.id}`}>Speakers</h3>
        {summary.speakers.length === 0 ? (
          <p class="muted">Nobody had the floor.</p>
        ) : (
          <table class="summary-table">
            <thead>
              <tr>
                <th scope="col">Speaker</th>
                <th scope="col">Group</th>
                <th scope="col">Country</th>
                <th scope="col">Turns</th>
                <th scope="col" class="num">
                  Speaking
                </th>
                <th scope="col" class="num">
                  Waiting
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.speakers.map((s) => (
                <tr key={s.participantId} data-testid="summary-speaker-row" data-participant-id={s.participantId}>
                  <th scope="row">
                    {s.displayName}
                    {s.affiliation && <span class="muted"> ({s.affiliation})</span>}
                  </th>
                  <td>{groupLabels[s.group]}</td>
                  <td>{s.country ? (countryName(s.country) ?? s.country) : 'Not given'}</td>
                  <td>
                    {s.turnIds.length} ({s.turnIds.join(', ')})
                  </td>
                  <td class="num">{hms(s.spokenMs)}</td>
                  <td class="num">{hms(s.waitedMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** Participation, speaking and waiting time by stakeholder group (the roll-up's totals use it too). */
export function GroupTable({ rows }: { rows: readonly GroupParticipation[] }) {
  return (
    <table class="summary-table" data-testid="summary-groups">
      <caption>By stakeholder group</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col" class="num">
            Participants
          </th>
          <th scope="col" class="num">
            Speakers
          </th>
          <th scope="col" class="num">
            Turns
          </th>
          <th scope="col" class="num">
            Speaking time
          </th>
          <th scope="col" class="num">
            Waiting time
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((g) => (
          <tr key={g.group} data-testid="summary-group-row" data-group={g.group} data-participants={g.participants} data-spoken-ms={g.spokenMs}>
            <th scope="row">{groupLabels[g.group]}</th>
            <td class="num">{g.participants}</td>
            <td class="num">{g.speakers}</td>
            <td class="num">{g.turns}</td>
            <td class="num">{hms(g.spokenMs)}</td>
            <td class="num">{hms(g.waitedMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CountryTable({ rows }: { rows: readonly CountryParticipation[] }) {
  if (rows.length === 0) {
    return null;
  }
  return (
    <table class="summary-table" data-testid="summary-countries">
      <caption>By country</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col" class="num">
            Participants
          </th>
          <th scope="col" class="num">
            Turns
          </th>
          <th scope="col" class="num">
            Speaking time
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.country ?? ''} data-testid="summary-country-row" data-country={c.country ?? ''}>
            <th scope="row">{c.country ? (countryName(c.country) ?? c.country) : 'Not given'}</th>
            <td class="num">{c.participants}</td>
            <td class="num">{c.turns}</td>
            <td class="num">{hms(c.spokenMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
