import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * User text is never rendered as HTML: Preact escapes text, and no source file may opt out.
 * A plain scan instead of a lint rule, so it runs with the tests and needs no extra tooling.
 */
const root = join(import.meta.dirname, '..', 'src');
const forbidden = [/\binnerHTML\b/, /\bouterHTML\b/, /\binsertAdjacentHTML\b/, /\bunsafeHTML\b/, /\bdangerouslySetInnerHTML\b/, /\bdocument\.write\b/];
const self = 'noInnerHtml.test.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : /\.(ts|tsx|js|jsx|html)$/.test(e.name) ? [path] : [];
  });
}

/** Files and lines that use an HTML sink. */
export function htmlSinks(files: { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, i) => (forbidden.some((p) => p.test(line)) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('no HTML sinks', () => {
  it('finds the source files it scans', () => {
    const files = sources(root).map((p) => relative(root, p));
    expect(files).toContain('main.tsx');
    expect(files.length).toBeGreaterThan(30);
  });

  it('no source file uses innerHTML, unsafeHTML, dangerouslySetInnerHTML or similar', () => {
    const files = sources(root)
      .filter((p) => !p.endsWith(self))
      .map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));
    expect(htmlSinks(files)).toEqual([]);
  });

  it('would catch each sink', () => {
    const samples = ['el.innerHTML = text', '<div dangerouslySetInnerHTML={{ __html: t }} />', 'html`${unsafeHTML(t)}`', 'el.insertAdjacentHTML("x", t)'];
    expect(htmlSinks(samples.map((text, i) => ({ path: `sample${i}`, text })))).toHaveLength(samples.length);
  });
});
