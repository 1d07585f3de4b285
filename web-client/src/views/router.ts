import { CONSULTATION_STATUSES, type ConsultationStatus } from '../contract';

/**
 * Hash routes. Secrets (keys, join codes) ride in the fragment, which browsers never send to
 * the server, so they stay out of access logs and Referer headers.
 */
export type Route =
  | { page: 'home'; region: string | undefined; status: ConsultationStatus | undefined }
  | { page: 'wall' }
  | { page: 'summary'; id: string; key: string | undefined }
  | { page: 'rollup'; region: string | undefined; date: string | undefined; status: ConsultationStatus | undefined }
  | { page: 'organize' }
  | { page: 'join'; id: string; code: string | undefined }
  | { page: 'participate'; id: string }
  | { page: 'moderate'; id: string; key: string | undefined }
  | { page: 'watch'; id: string; key: string | undefined }
  | { page: 'not-found'; path: string };

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = splitOnce(raw, '?');
  const params = new URLSearchParams(query);
  const param = (name: string) => params.get(name)?.trim() || undefined;
  const parts = path.split('/').filter(Boolean);
  const [page, id, ...rest] = parts;

  const status = () => {
    const value = param('status');
    return (CONSULTATION_STATUSES as readonly string[]).includes(value ?? '') ? (value as ConsultationStatus) : undefined;
  };

  if (parts.length === 0) {
    return { page: 'home', region: param('region'), status: status() };
  }
  if (parts.length === 1) {
    switch (page) {
      case 'organize':
        return { page: 'organize' };
      case 'wall':
        return { page: 'wall' };
      case 'rollup': {
        const date = param('date');
        return { page: 'rollup', region: param('region'), date: date && datePattern.test(date) ? date : undefined, status: status() };
      }
    }
  }
  if (id === undefined || rest.length > 0 || !idPattern.test(id)) {
    return { page: 'not-found', path };
  }
  switch (page) {
    case 'join':
      return { page: 'join', id, code: param('code') };
    case 'participate':
      return { page: 'participate', id };
    case 'moderate':
      return { page: 'moderate', id, key: param('key') };
    case 'watch':
      return { page: 'watch', id, key: param('key') };
    case 'summary':
      return { page: 'summary', id, key: param('key') };
    default:
      return { page: 'not-found', path };
  }
}

/** Links to each page; `origin` makes them absolute for sharing. */
export const links = {
  home: (filters: { region?: string | undefined; status?: string | undefined } = {}) => withQuery('#/', filters),
  wall: () => '#/wall',
  summary: (id: string, key?: string) => withQuery(`#/summary/${id}`, { key }),
  rollup: (scope: { region?: string | undefined; date?: string | undefined; status?: string | undefined } = {}) => withQuery('#/rollup', scope),
  organize: () => '#/organize',
  join: (id: string, code?: string) => withQuery(`#/join/${id}`, { code }),
  participate: (id: string) => `#/participate/${id}`,
  moderate: (id: string, key?: string) => withQuery(`#/moderate/${id}`, { key }),
  watch: (id: string, key?: string) => withQuery(`#/watch/${id}`, { key }),
};

/** An absolute link for sharing, e.g. https://hub.example/#/join/c1?code=…. */
export function absolute(origin: string, hashLink: string): string {
  return `${origin}/${hashLink}`;
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value) {
      query.set(name, value);
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
