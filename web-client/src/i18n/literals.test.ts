import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiterals } from './literals';

const src = join(__dirname, '..');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(path) : entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('no user-visible literal in the views', () => {
  it('finds JSX text, readable attributes and literal branches in a sample', () => {
    const sample = `
      export const A = ({ busy, n }) => (
        <form aria-label="Filter consultations">
          <label>Region</label>
          <input placeholder={'Asia, Africa'} title={\`Search \${n}\`} />
          <button>{busy ? 'Creating…' : t('organize.create')}</button>
          <p>{n > 1 && 'several'} · {n}</p>
          {n === 'closed' && <p>{n}</p>}
        </form>
      );`;
    expect(findLiterals('Sample.tsx', sample).map((l) => l.text)).toEqual(['Filter consultations', 'Region', 'Asia, Africa', 'Search', 'Creating…', 'several']);
  });

  it('lets translations, punctuation, numbers and code attributes through', () => {
    const sample = `
      export const B = ({ p }) => (
        <p class="point-meta" data-testid="point-item" aria-label={t('points.upvoteLabel', { text: p.text })}>
          {t('points.none')} · {p.votes} ({p.id}) – {\`\${p.a}, \${p.b}\`} ↑
        </p>
      );`;
    expect(findLiterals('Sample.tsx', sample)).toEqual([]);
  });

  it('finds none in any view', () => {
    const found = tsxFiles(src).flatMap((file) => findLiterals(relative(src, file), readFileSync(file, 'utf8')));
    expect(found.map((l) => `${l.file}:${l.line} ${l.text}`)).toEqual([]);
  });
});
