import type { ModerationCounts } from '../../contract';
import { t } from '../../i18n/i18n';

/** "12 hidden, 4 merged": what observers learn of moderation. */
export function moderationSummary(m: ModerationCounts): string {
  const parts = [
    t('moderate.counts.hidden', { count: m.hidden }),
    t('moderate.counts.merged', { count: m.merged }),
    t('moderate.counts.reordered', { count: m.reordered }),
    t('moderate.counts.handsRemoved', { count: m.handsRemoved }),
    t('moderate.counts.participantsRemoved', { count: m.participantsRemoved }),
  ];
  if (m.pending > 0) {
    parts.push(t('moderate.counts.pending', { count: m.pending }));
  }
  return parts.reduce((list, part) => t('common.list', { first: list, rest: part }));
}
