import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../contract';
import { groupLabels } from '../shared/labels';
import { cssPercent, percent } from './wallData';
import { t } from '../../i18n/i18n';

/** Okabe-Ito colours, told apart with most colour-vision deficiencies; each is 3:1 or more on the dark panel. */
export const groupColors: Record<StakeholderGroup, string> = {
  'civil-society': '#e69f00',
  academia: '#56b4e9',
  'private-sector': '#009e73',
  'member-state': '#f0e442',
  'international-organization': '#cc79a7',
  other: '#d0d4da',
};

/** One bar split by stakeholder group; the same figures are read out as text. */
export function GroupStrip({ values, format, testId }: { values: Readonly<Record<string, number>>; format: (value: number) => string; testId: string }) {
  const parts = STAKEHOLDER_GROUPS.map((g) => ({ group: g, value: values[g] ?? 0 })).filter((p) => p.value > 0);
  const total = parts.reduce((n, p) => n + p.value, 0);
  const text = parts.length === 0 ? t('wall.noneYet') : parts.map((p) => `${groupLabels[p.group]} ${format(p.value)} (${percent(p.value / total)})`).join(', ');
  return (
    <span class="group-strip" data-testid={testId}>
      <span class="group-strip-bar" aria-hidden="true">
        {parts.map((p) => (
          <span key={p.group} class="group-strip-part" data-group={p.group} style={{ width: cssPercent(p.value / total), background: groupColors[p.group] }} />
        ))}
      </span>
      <span class="visually-hidden">{text}</span>
    </span>
  );
}

/** The colour key for the strips, shown once above them. */
export function GroupLegend() {
  return (
    <p class="wall-legend" aria-hidden="true">
      {STAKEHOLDER_GROUPS.map((g) => (
        <span key={g} class="legend-item">
          <span class="legend-swatch" style={{ background: groupColors[g] }} />
          {groupLabels[g]}
        </span>
      ))}
    </p>
  );
}
