import type { ConsultationView, Tallies, WallEntry } from '../contract';

/**
 * Speaking time tallies count ended turns only (the server adds a turn when it ends). Charts of
 * the floor's balance add the turn in progress, so the group holding the floor is never shown at
 * 0% while it speaks. Times are server milliseconds.
 */
export function addRunning(spoken: Readonly<Record<string, number>>, key: string, startedAt: string, serverNow: number): Record<string, number> {
  const elapsed = Math.max(0, serverNow - Date.parse(startedAt));
  return elapsed > 0 ? { ...spoken, [key]: (spoken[key] ?? 0) + elapsed } : { ...spoken };
}

/** The view's tallies with the running turn counted in speaking time by group and by country. */
export function liveTallies(view: ConsultationView, serverNow: number): Tallies {
  const floor = view.floor;
  const speaker = floor ? view.participants.find((p) => p.id === floor.participantId) : undefined;
  if (!floor || !speaker) {
    return view.tallies;
  }
  return {
    ...view.tallies,
    speakingMsByGroup: addRunning(view.tallies.speakingMsByGroup, speaker.group, floor.startedAt, serverNow),
    speakingMsByCountry: addRunning(view.tallies.speakingMsByCountry, speaker.country ?? 'unspecified', floor.startedAt, serverNow),
  };
}

/** A wall entry's speaking time by group with its running turn counted. */
export function liveSpeakingByGroup(entry: WallEntry, serverNow: number): Record<string, number> {
  return entry.speaker ? addRunning(entry.speakingMsByGroup, entry.speaker.group, entry.speaker.startedAt, serverNow) : entry.speakingMsByGroup;
}
