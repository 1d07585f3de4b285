import { describe, expect, it } from 'vitest';
import { absolute, links, parseRoute } from './router';

describe('parseRoute', () => {
  it.each([
    ['', { page: 'home' }],
    ['#/', { page: 'home' }],
    ['#/organize', { page: 'organize' }],
    ['#/join/c-1?code=AB12', { page: 'join', id: 'c-1', code: 'AB12' }],
    ['#/join/c-1', { page: 'join', id: 'c-1', code: undefined }],
    ['#/participate/c-1', { page: 'participate', id: 'c-1' }],
    ['#/moderate/c-1?key=k%2B1', { page: 'moderate', id: 'c-1', key: 'k+1' }],
    ['#/watch/c-1', { page: 'watch', id: 'c-1', key: undefined }],
    ['#/watch/c-1?key=obs', { page: 'watch', id: 'c-1', key: 'obs' }],
    ['#/?region=Asia&status=live', { page: 'home', region: 'Asia', status: 'live' }],
    ['#/?status=nonsense', { page: 'home', region: undefined, status: undefined }],
    ['#/wall', { page: 'wall' }],
    ['#/summary/c-1', { page: 'summary', id: 'c-1', key: undefined }],
    ['#/summary/c-1?key=obs', { page: 'summary', id: 'c-1', key: 'obs' }],
    ['#/rollup?region=Africa&date=2025-03-10', { page: 'rollup', region: 'Africa', date: '2025-03-10', status: undefined }],
    ['#/rollup?date=10.3.2025&status=closed', { page: 'rollup', region: undefined, date: undefined, status: 'closed' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['#/nowhere/c-1', '#/summary', '#/wall/c-1', '#/watch', '#/watch/c 1', '#/watch/c-1/extra', '#/watch/../../etc'])('refuses %s', (hash) => {
    expect(parseRoute(hash).page).toBe('not-found');
  });
});

describe('links', () => {
  it('round-trip through the parser, encoding secrets', () => {
    const link = links.moderate('c-1', 'a+b/c=');
    expect(link).toBe('#/moderate/c-1?key=a%2Bb%2Fc%3D');
    expect(parseRoute(link)).toEqual({ page: 'moderate', id: 'c-1', key: 'a+b/c=' });
  });

  it('leave out an absent key', () => {
    expect(links.watch('c-1')).toBe('#/watch/c-1');
  });

  it('carry directory filters and roll-up scopes', () => {
    expect(links.home()).toBe('#/');
    expect(links.home({ region: 'Latin America', status: 'live' })).toBe('#/?region=Latin+America&status=live');
    expect(parseRoute(links.home({ region: 'Latin America' }))).toEqual({ page: 'home', region: 'Latin America' });
    expect(links.rollup({ region: 'Asia', date: '2025-03-10' })).toBe('#/rollup?region=Asia&date=2025-03-10');
    expect(links.summary('c-1')).toBe('#/summary/c-1');
  });

  it('make absolute links with the secret in the fragment', () => {
    expect(absolute('https://hub.example', links.join('c-1', 'XY'))).toBe('https://hub.example/#/join/c-1?code=XY');
  });
});
