import { useMemo } from 'preact/hooks';
import { LIMITS, MODERATION_MODES, QUEUE_POLICIES, VISIBILITIES } from '../../contract';
import { moderationModeLabels, queuePolicyLabels, visibilityLabels } from '../shared/labels';
import { timeZones } from '../shared/time';
import type { SettingsDraft } from './settingsForm';
import { t } from '../../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/languages';

/** Every consultation setting, each with its label. */
export function SettingsFields({ draft, onChange }: { draft: SettingsDraft; onChange: (d: SettingsDraft) => void }) {
  const zones = useMemo(timeZones, []);
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => onChange({ ...draft, [key]: value });

  return (
    <div class="fields">
      <div class="field">
        <label for="s-title">{t('organize.fields.title')}</label>
        <input id="s-title" required maxLength={LIMITS.title} value={draft.title} data-testid="settings-title" onInput={(e) => set('title', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="s-region">{t('organize.fields.region')}</label>
        <input id="s-region" required maxLength={LIMITS.region} placeholder={t('organize.fields.regionPlaceholder')} value={draft.region} data-testid="settings-region" onInput={(e) => set('region', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="s-zone">{t('organize.fields.timeZone')}</label>
        <select id="s-zone" value={draft.timeZone} data-testid="settings-time-zone" onChange={(e) => set('timeZone', e.currentTarget.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="s-start">{t('organize.fields.start')}</label>
        <input id="s-start" type="datetime-local" value={draft.startsAt} data-testid="settings-starts-at" onInput={(e) => set('startsAt', e.currentTarget.value)} />
      </div>
      <div class="field field-wide">
        <label for="s-themes">{t('organize.fields.themes')}</label>
        <textarea id="s-themes" rows={4} value={draft.themes} data-testid="settings-themes" onInput={(e) => set('themes', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="s-mode">{t('organize.fields.moderation')}</label>
        <select id="s-mode" value={draft.moderationMode} data-testid="settings-moderation-mode" onChange={(e) => set('moderationMode', e.currentTarget.value as SettingsDraft['moderationMode'])}>
          {MODERATION_MODES.map((m) => (
            <option key={m} value={m}>
              {moderationModeLabels[m]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="s-limit">{t('organize.fields.limit')}</label>
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
        <label for="s-policy">{t('organize.fields.queue')}</label>
        <select id="s-policy" value={draft.queuePolicy} data-testid="settings-queue-policy" onChange={(e) => set('queuePolicy', e.currentTarget.value as SettingsDraft['queuePolicy'])}>
          {QUEUE_POLICIES.map((p) => (
            <option key={p} value={p}>
              {queuePolicyLabels[p]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="s-capacity">{t('organize.fields.capacity')}</label>
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
        <label for="s-visibility">{t('organize.fields.visibility')}</label>
        <select id="s-visibility" value={draft.visibility} data-testid="settings-visibility" onChange={(e) => set('visibility', e.currentTarget.value as SettingsDraft['visibility'])}>
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {visibilityLabels[v]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="s-language">{t('organize.fields.language')}</label>
        <select id="s-language" value={draft.language} data-testid="settings-language" onChange={(e) => set('language', e.currentTarget.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
