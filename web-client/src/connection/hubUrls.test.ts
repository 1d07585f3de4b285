import { describe, expect, it } from 'vitest';
import { loadHubUrls } from './hubUrls';

const page = 'http://127.0.0.1:5000';

describe('loadHubUrls', () => {
  it('puts the page origin first, then the listed peers as origins without repeats', async () => {
    const urls = await loadHubUrls(page, async () => ({
      hubUrls: ['http://127.0.0.1:5001/', 'http://127.0.0.1:5000', 'https://hub.example.org/some/path?x=1', 'http://127.0.0.1:5001'],
    }));
    expect(urls).toEqual([page, 'http://127.0.0.1:5001', 'https://hub.example.org']);
  });

  it('is just the page origin when nothing is configured', async () => {
    expect(await loadHubUrls(page, async () => ({ hubUrls: [] }))).toEqual([page]);
    expect(await loadHubUrls(page, async () => null)).toEqual([page]);
  });

  it('is just the page origin when the config cannot be fetched', async () => {
    expect(await loadHubUrls(page, () => Promise.reject(new TypeError('Failed to fetch')))).toEqual([page]);
  });

  it('skips entries that are not absolute http addresses', async () => {
    const urls = await loadHubUrls(page, async () => ({ hubUrls: ['/relative', 'ftp://127.0.0.1:21', 42, 'javascript:alert(1)', 'http://127.0.0.1:5002'] }));
    expect(urls).toEqual([page, 'http://127.0.0.1:5002']);
  });
});
