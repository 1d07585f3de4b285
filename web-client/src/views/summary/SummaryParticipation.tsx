import type { ConsultationSummary, CountryParticipation, GroupParticipation } from '../../contract';
import { countryName, groupLabels } from '../shared/labels';
import { SummaryChart } from './SummaryChart';
import { count, hms, participationCharts, pointsByKind } from './summaryData';
import { t } from '../../i18n/i18n';

/** Who took part: charts by group, then the figures by group and by country, then the speakers. */
export function SummaryParticipation({ summary }: { summary: ConsultationSummary }) {
  const { participation } = summary;
  const charts = participationCharts(participation.byGroup, pointsByKind(summary));
  return (
    <>
      <section class="summary-section" data-testid="summary-participation" aria-labelledby={`participation-${summary.consultation.id}`}>
        <h3 id={`participation-${summary.consultation.id}`}>{t('summary.participation')}</h3>
        <p>
          {participation.removed > 0
            ? t('summary.joinedRemoved', { participants: count(participation.joined, 'participant'), removed: participation.removed })
            : t('summary.joined', { participants: count(participation.joined, 'participant') })}
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
        <h3 id={`speakers-${summary.consultation.id}`}>{t('summary.speakers')}</h3>
        {summary.speakers.length === 0 ? (
          <p class="muted">{t('summary.nobodySpoke')}</p>
        ) : (
          <table class="summary-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.speaker')}</th>
                <th scope="col">{t('summary.group')}</th>
                <th scope="col">{t('summary.country')}</th>
                <th scope="col">{t('summary.turns')}</th>
                <th scope="col" class="num">
                  {t('summary.speaking')}
                </th>
                <th scope="col" class="num">
                  {t('summary.waiting')}
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
                  <td>{s.country ? (countryName(s.country) ?? s.country) : t('common.notGiven')}</td>
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
      <caption>{t('summary.byGroup')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.group')}</th>
          <th scope="col" class="num">
            {t('summary.participantsCol')}
          </th>
          <th scope="col" class="num">
            {t('summary.speakersCol')}
          </th>
          <th scope="col" class="num">
            {t('summary.turns')}
          </th>
          <th scope="col" class="num">
            {t('summary.speakingTime')}
          </th>
          <th scope="col" class="num">
            {t('summary.waitingTime')}
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
      <caption>{t('summary.byCountry')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.country')}</th>
          <th scope="col" class="num">
            {t('summary.participantsCol')}
          </th>
          <th scope="col" class="num">
            {t('summary.turns')}
          </th>
          <th scope="col" class="num">
            {t('summary.speakingTime')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.country ?? ''} data-testid="summary-country-row" data-country={c.country ?? ''}>
            <th scope="row">{c.country ? (countryName(c.country) ?? c.country) : t('common.notGiven')}</th>
            <td class="num">{c.participants}</td>
            <td class="num">{c.turns}</td>
            <td class="num">{hms(c.spokenMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
