import { describe, expect, it } from 'vitest';
import { fileNameOf, rollupUrl, summaryUrl } from './api';

describe('summary URLs', () => {
  it('name one consultation and the format', () => {
    expect(summaryUrl('c-1', 'csv')).toBe('/api/consultations/c-1/summary?format=csv');
  });

  it('carry only the roll-up filters that are set', () => {
    expect(rollupUrl({ region: 'Latin America', date: '2025-03-10' }, 'markdown')).toBe('/api/summaries?region=Latin+America&date=2025-03-10&format=markdown');
    expect(rollupUrl({ region: '', status: 'closed' }, 'json')).toBe('/api/summaries?status=closed&format=json');
  });
});

describe('fileNameOf', () => {
  it('reads the name the server gave', () => {
    expect(fileNameOf('attachment; filename="summary-c-1.md"', 'x')).toBe('summary-c-1.md');
    expect(fileNameOf('inline; filename=summaries-asia.json', 'x')).toBe('summaries-asia.json');
    expect(fileNameOf(null, 'summary')).toBe('summary');
  });
});
