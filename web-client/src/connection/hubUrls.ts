/** Where the silo that served the page says the other hub addresses are (`Hub:PeerUrls`). */
export const CLIENT_CONFIG_PATH = '/client-config.json';

/** The body of {@link CLIENT_CONFIG_PATH}. */
export interface ClientConfig {
  /** Base addresses of other silos or front doors serving the same hub, such as `http://10.0.0.7:5000`. */
  hubUrls: string[];
}

/**
 * The hub addresses to connect to, in order: the page's own origin first (it served the page, so
 * it is the likeliest to answer), then the peers the silo lists, without repeats. Anything
 * unreadable (no config, a bad address) leaves just the own origin: a page must always work
 * against the host that served it.
 */
export async function loadHubUrls(origin: string, fetchConfig: () => Promise<unknown> = fetchClientConfig): Promise<string[]> {
  const urls = [normalize(origin) ?? origin];
  let config: unknown;
  try {
    config = await fetchConfig();
  } catch {
    return urls;
  }
  const listed = (config as Partial<ClientConfig> | null)?.hubUrls;
  if (!Array.isArray(listed)) {
    return urls;
  }
  for (const candidate of listed) {
    const url = typeof candidate === 'string' ? normalize(candidate) : undefined;
    if (url !== undefined && !urls.includes(url)) {
      urls.push(url);
    }
  }
  return urls;
}

async function fetchClientConfig(): Promise<unknown> {
  const response = await fetch(CLIENT_CONFIG_PATH, { cache: 'no-store' });
  return response.ok ? response.json() : null;
}

/** An absolute http(s) address reduced to its origin (path, query and fragment dropped), or undefined. */
function normalize(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

let shared: Promise<string[]> | undefined;

/** The page's hub addresses, asked for once per page load and shared by every connection. */
export function pageHubUrls(): Promise<string[]> {
  shared ??= loadHubUrls(location.origin);
  return shared;
}
