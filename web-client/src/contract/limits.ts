/**
 * Input limits the domain enforces (SettingsRules, ParticipantRules, PointRules, PollRules).
 * The browser uses them for hints and maxlength only; the server stays the judge.
 */
export const LIMITS = {
  title: 200,
  region: 100,
  themes: 30,
  theme: 80,
  speakingLimitSeconds: { min: 10, max: 3600, default: 180 },
  capacity: { min: 1, max: 10_000, default: 500 },
  displayName: 80,
  affiliation: 120,
  reason: 500,
  pointText: 1000,
  pointsPerMinute: 5,
  pollQuestion: 300,
  pollOption: 200,
  pollOptions: { min: 2, max: 10 },
} as const;
