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
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['#/nowhere/c-1', '#/watch', '#/watch/c 1', '#/watch/c-1/extra', '#/watch/../../etc'])('refuses %s', (hash) => {
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

  it('make absolute links with the secret in the fragment', () => {
    expect(absolute('https://hub.example', links.join('c-1', 'XY'))).toBe('https://hub.example/#/join/c-1?code=XY');
  });
});
