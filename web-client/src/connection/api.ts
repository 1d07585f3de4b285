import {
  API_PATH,
  type ConsultationSettings,
  type ConsultationSummary,
  type ConsultationView,
  type CreatedConsultation,
  type DirectoryEntry,
  type ErrorCode,
  ERROR_CODES,
  type JoinBody,
  type JoinedParticipant,
  type Problem,
  type RegionalRollup,
  ROLLUP_PATH,
  type RollupScope,
  type SummaryFormat,
} from '../contract';
import { t } from '../i18n/i18n';
import { CommandFailure } from './commandError';

/** The HTTP API, v1. Credentials go in the Authorization header, never in a URL. */
export const api = {
  create: (organizerKey: string, settings: ConsultationSettings) =>
    request<CreatedConsultation>('POST', API_PATH, organizerKey, settings),
  list: (credential?: string) => request<DirectoryEntry[]>('GET', API_PATH, credential),
  get: (id: string, credential?: string) => request<ConsultationView>('GET', `${API_PATH}/${encodeURIComponent(id)}`, credential),
  join: (id: string, body: JoinBody, credential?: string) =>
    request<JoinedParticipant>('POST', `${API_PATH}/${encodeURIComponent(id)}/participants`, credential, body),
  summary: (id: string, credential?: string) => request<ConsultationSummary>('GET', summaryUrl(id, 'json'), credential),
  rollup: (scope: RollupScope, organizerKey: string) => request<RegionalRollup>('GET', rollupUrl(scope, 'json'), organizerKey),
  /** A summary document as a file to save, named as the server names it. */
  download: (url: string, credential?: string) => requestFile(url, credential),
};

/** `GET /api/consultations/{id}/summary?format=…`. */
export function summaryUrl(id: string, format: SummaryFormat): string {
  return `${API_PATH}/${encodeURIComponent(id)}/summary?format=${format}`;
}

/** `GET /api/summaries?region=…&date=…&status=…&format=…`; absent filters are left out. */
export function rollupUrl(scope: RollupScope, format: SummaryFormat): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(scope)) {
    if (value) {
      query.set(name, value);
    }
  }
  query.set('format', format);
  return `${ROLLUP_PATH}?${query}`;
}

/** The file name in a Content-Disposition header (`attachment; filename="summary-c1.md"`), or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return match?.[1]?.trim() || fallback;
}

async function requestFile(url: string, credential?: string): Promise<{ blob: Blob; fileName: string }> {
  const headers: Record<string, string> = credential ? { Authorization: `Bearer ${credential}` } : {};
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch {
    throw new CommandFailure({ code: 'unavailable', message: t('common.unreachable') });
  }
  if (!response.ok) {
    throw new CommandFailure(await problemOf(response));
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition'), 'summary') };
}

async function request<T>(method: string, url: string, credential?: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (credential) {
    headers.Authorization = `Bearer ${credential}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
  } catch {
    throw new CommandFailure({ code: 'unavailable', message: t('common.unreachable') });
  }
  if (!response.ok) {
    throw new CommandFailure(await problemOf(response));
  }
  return (await response.json()) as T;
}

/** Maps an error response (problem+json when the server wrote it) to a CommandError. */
export async function problemOf(response: Response): Promise<CommandFailure['error']> {
  let problem: Problem = {};
  try {
    problem = (await response.json()) as Problem;
  } catch {
    // Not JSON (a proxy or a crash page): fall back to the status below.
  }
  const code = (ERROR_CODES as readonly string[]).includes(problem.code ?? '') ? (problem.code as ErrorCode) : codeOfStatus(response.status);
  const message = problem.detail || problem.title || t('common.serverAnswered', { status: response.status });
  return typeof problem.consultationTitle === 'string' ? { code, message, consultationTitle: problem.consultationTitle } : { code, message };
}

function codeOfStatus(status: number): ErrorCode | 'unknown' {
  switch (status) {
    case 400:
      return 'invalid';
    case 401:
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    case 503:
      return 'unavailable';
    default:
      return 'unknown';
  }
}
