import { intlLocale } from '../../i18n/i18n';

/**
 * Times are stored and sent in UTC; people read them in the consultation's own time zone and
 * in their own ("15:00 Vienna / 09:00 New York").
 */

/** The browser's IANA time zone, under its current name. */
export function viewerTimeZone(): string {
  return canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

/**
 * Old IANA names ICU still lists (and browsers still report) for zones renamed since; people
 * and the server should see the current name.
 */
const canonicalNames: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Africa/Asmera': 'Africa/Asmara',
};

/** The current IANA name of a zone ("Asia/Calcutta" -> "Asia/Kolkata"). */
export function canonicalZone(timeZone: string): string {
  return canonicalNames[timeZone] ?? timeZone;
}

/** Every IANA zone the browser knows under its current name, sorted, with UTC first (ICU leaves it out of the list). */
export function timeZones(known: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []): string[] {
  const zones = new Set(known.map(canonicalZone));
  zones.delete('UTC');
  return ['UTC', ...[...zones].sort()];
}

/** "Europe/Vienna" -> "Vienna", "America/Argentina/Buenos_Aires" -> "Buenos Aires". */
export function cityOf(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ');
}

/** Milliseconds the zone is ahead of UTC at the instant `utcMs`. */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC instant of a wall-clock time ("2025-05-01T15:00", as a datetime-local input gives it)
 * in `timeZone`. Two passes settle the offset on both sides of a daylight-saving change.
 */
export function zonedWallTimeToUtc(wallTime: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime);
  if (!m) {
    return null;
  }
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const first = asUtc - zoneOffsetMs(timeZone, asUtc);
  const second = asUtc - zoneOffsetMs(timeZone, first);
  return new Date(second).toISOString();
}

/** "15:00" (or "Thu 1 May, 15:00" with the date) in a zone. */
export function timeIn(iso: string, timeZone: string, withDate = false): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone,
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    ...(withDate && { weekday: 'short', day: 'numeric', month: 'short' }),
  }).format(new Date(iso));
}

/** "2025-05-01": the calendar day of an instant in a zone. */
export function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/**
 * "Thu 1 May, 15:00 Vienna / 09:00 New York"; one zone only when both show the same clock. The
 * viewer's side carries its own date when it falls on another day ("Mon 5 May, 08:00 Tokyo /
 * Sun 4 May, 19:00 New York"), so nobody turns up a day early or late.
 */
export function dualTime(iso: string, consultationZone: string, viewerZone: string = viewerTimeZone()): string {
  const own = `${timeIn(iso, consultationZone, true)} ${cityOf(consultationZone)}`;
  const at = Date.parse(iso);
  if (zoneOffsetMs(consultationZone, at) === zoneOffsetMs(viewerZone, at)) {
    return own;
  }
  const otherDay = dayIn(iso, consultationZone) !== dayIn(iso, viewerZone);
  return `${own} / ${timeIn(iso, viewerZone, otherDay)} ${cityOf(viewerZone)}`;
}

/** "15:00 Vienna / 09:00 New York" without dates, for a clock that is running now. */
export function dualClock(iso: string, consultationZone: string, viewerZone: string = viewerTimeZone()): string {
  const own = `${timeIn(iso, consultationZone)} ${cityOf(consultationZone)}`;
  const at = Date.parse(iso);
  if (zoneOffsetMs(consultationZone, at) === zoneOffsetMs(viewerZone, at)) {
    return own;
  }
  return `${own} / ${timeIn(iso, viewerZone)} ${cityOf(viewerZone)}`;
}

/** "12:15–12:17 Nairobi / 05:15–05:17 New York"; an open end reads "12:15– Nairobi". */
export function dualRange(startIso: string, endIso: string | undefined, consultationZone: string, viewerZone: string = viewerTimeZone()): string {
  const range = (zone: string) => `${timeIn(startIso, zone)}–${endIso ? timeIn(endIso, zone) : ''} ${cityOf(zone)}`;
  const at = Date.parse(startIso);
  return zoneOffsetMs(consultationZone, at) === zoneOffsetMs(viewerZone, at) ? range(consultationZone) : `${range(consultationZone)} / ${range(viewerZone)}`;
}

/** "Thu 1 May 2025, 15:00–16:10 Vienna": the day and hours a consultation was held (open end while it runs). */
export function heldRange(startIso: string, endIso: string | undefined, consultationZone: string, viewerZone: string = viewerTimeZone()): string {
  const day = new Intl.DateTimeFormat(intlLocale(), { timeZone: consultationZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(startIso));
  return `${day}, ${dualRange(startIso, endIso, consultationZone, viewerZone)}`;
}

/** "in 3 days", "2 hours ago", "dans 3 jours", "через 3 дня": how far an instant is from now, in the language showing. */
export function relativeTime(iso: string, nowMs: number): string {
  const seconds = (Date.parse(iso) - nowMs) / 1000;
  const format = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 3600) {
    return format.format(Math.round(seconds / 60), 'minute');
  }
  if (abs < 48 * 3600) {
    return format.format(Math.round(seconds / 3600), 'hour');
  }
  return format.format(Math.round(seconds / 86400), 'day');
}
