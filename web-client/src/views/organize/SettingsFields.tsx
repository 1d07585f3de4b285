import { useMemo } from 'preact/hooks';
import { LIMITS, MODERATION_MODES, QUEUE_POLICIES, VISIBILITIES } from '../../contract';
import { moderationModeLabels, queuePolicyLabels, visibilityLabels } from '../shared/labels';
import { timeZones } from '../shared/time';
import type { SettingsDraft } from './settingsForm';

/** Every consultation setting, each with its label. */
export function SettingsFields({ draft, onChange }: { draft: SettingsDraft; onChange: (d: SettingsDraft) => void }) {
  const zones = useMemo(timeZones, []);
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => onChange({ ...draft, [key]: value });

  return (
    <div class="fields">
      <div class="field">
        <label for="s-title">Title</label>
        <input id="s-title" required maxLength={LIMITS.title} value={draft.title} data-testid="settings-title" onInput={(e) => set('title', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="s-region">Region</label>
        <input id="s-region" required maxLength={LIMITS.region} placeholder="Asia, Africa, Americas…" value={draft.region} data-testid="settings-region" onInput={(e) => set('region', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="s-zone">Time zone</label>
        <select id="s-zone" value={draft.timeZone} data-testid="settings-time-zone" onChange={(e) => set('timeZone', e.currentTarget.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="s-start">Start time (in the time zone above; optional)</label>
        <input id="s-start" type="datetime-local" value={draft.startsAt} data-testid="settings-starts-at" onInput={(e) => set('startsAt', e.currentTarget.value)} />
      </div>
      <div class="field field-wide">
        <label for="s-themes">Themes (one per line, optional)</label>
        <textarea id="s-themes" rows={4} value={draft.themes} data-testid="settings-themes" onInput={(e) => set('themes', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="s-mode">Moderation</label>
        <select id="s-mode" value={draft.moderationMode} data-testid="settings-moderation-mode" onChange={(e) => set('moderationMode', e.currentTarget.value as SettingsDraft['moderationMode'])}>
          {MODERATION_MODES.map((m) => (
            <option key={m} value={m}>
              {moderationModeLabels[m]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="s-limit">Speaking limit per turn (seconds)</label>
        <input
          id="s-limit"
          type="number"
          min={LIMITS.speakingLimitSeconds.min}
          max={LIMITS.speakingLimitSeconds.max}
          value={draft.speakingLimitSeconds}
          data-testid="settings-speaking-limit"
          onInput={(e) => set('speakingLimitSeconds', e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="s-policy">Queue order</label>
        <select id="s-policy" value={draft.queuePolicy} data-testid="settings-queue-policy" onChange={(e) => set('queuePolicy', e.currentTarget.value as SettingsDraft['queuePolicy'])}>
          {QUEUE_POLICIES.map((p) => (
            <option key={p} value={p}>
              {queuePolicyLabels[p]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="s-capacity">Capacity (participants)</label>
        <input
          id="s-capacity"
          type="number"
          min={LIMITS.capacity.min}
          max={LIMITS.capacity.max}
          value={draft.capacity}
          data-testid="settings-capacity"
          onInput={(e) => set('capacity', e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="s-visibility">Visibility</label>
        <select id="s-visibility" value={draft.visibility} data-testid="settings-visibility" onChange={(e) => set('visibility', e.currentTarget.value as SettingsDraft['visibility'])}>
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {visibilityLabels[v]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
