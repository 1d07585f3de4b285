import type { FloorView } from '../../contract';
import { clock as minutesAndSeconds, countdown } from '../../state/countdown';
import type { ServerClock } from '../../state/serverClock';
import { useNow } from './hooks';
import { intentLabels } from './labels';
import { t } from '../../i18n/i18n';
import { interleave } from '../../i18n/interleave';

interface Props {
  floor: FloorView | undefined;
  clock: ServerClock;
  /** The viewer's participant id: their own turn gets the assertive "You have the floor". */
  meId?: string | undefined;
  headingLevel?: 'h2' | 'h3';
}

/**
 * Who has the floor and the time left, counted to the server's `endsAt` with the estimated
 * server clock. The speaker change is announced politely; the countdown itself is a timer
 * (not announced every second), and crossing the warning or the limit is announced once.
 */
export function FloorBanner({ floor, clock, meId, headingLevel = 'h2' }: Props) {
  const now = useNow();
  const Heading = headingLevel;
  const c = floor ? countdown(floor, clock.now(now)) : undefined;
  const state = !c ? 'empty' : c.overtime ? 'overtime' : c.warning ? 'warning' : 'speaking';
  const mine = floor !== undefined && floor.participantId === meId;
  const phase = state === 'overtime' ? t('floor.overtime') : state === 'warning' ? t('floor.warning') : '';

  return (
    <section class={`floor floor-${state}${mine ? ' floor-mine' : ''}`} data-testid="floor-banner" data-state={state} aria-labelledby="floor-heading">
      <Heading id="floor-heading">{t('floor.heading')}</Heading>
      <div aria-live="assertive" aria-atomic="true" class="you-have-floor-slot">
        {mine && (
          <p class="you-have-floor" data-testid="you-have-floor">
            {t('floor.youHave')}
          </p>
        )}
      </div>
      <p aria-live="polite" aria-atomic="true" class="floor-speaker" data-testid="floor-speaker">
        {floor ? (
          <>
            {interleave('floor.hasFloor', {}, { name: <span data-testid="floor-speaker-name">{floor.displayName}</span> })}
            {floor.intent && floor.intent !== 'speak' ? ` ${t('floor.intent', { intent: intentLabels[floor.intent] })}` : ''}. {phase}
          </>
        ) : (
          t('floor.nobody')
        )}
      </p>
      {floor && c && (
        <p class="countdown-line">
          <span role="timer" aria-label={c.overtime ? t('floor.overBy', { time: c.label.slice(1) }) : t('floor.left', { time: c.label })} class="countdown" data-testid="countdown" data-overtime={String(c.overtime)} data-warning={String(c.warning)}>
            {c.label}
          </span>
          {c.overtime && (
            <span class="overtime-mark" data-testid="overtime-mark">
              {t('floor.overtimeMark')}
            </span>
          )}
          <span class="countdown-limit">{t('floor.limit', { time: minutesAndSeconds(floor.limitSeconds * 1000) })}</span>
        </p>
      )}
    </section>
  );
}
