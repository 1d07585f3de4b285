import type { ModerationCounts } from '../../contract';

/** "12 hidden, 4 merged": what observers learn of moderation. */
export function moderationSummary(m: ModerationCounts): string {
  const parts = [
    `${m.hidden} hidden`,
    `${m.merged} merged`,
    `${m.reordered} reordered`,
    `${m.handsRemoved} ${m.handsRemoved === 1 ? 'hand' : 'hands'} removed`,
    `${m.participantsRemoved} ${m.participantsRemoved === 1 ? 'participant' : 'participants'} removed`,
  ];
  return m.pending > 0 ? `${parts.join(', ')}, ${m.pending} waiting for approval` : parts.join(', ');
}
