import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { t } from './i18n';

const Mark = '\u0001';

/**
 * A translated sentence with elements in it ("<strong>3</strong> of 5 connected"): each
 * language puts the element where its grammar wants it, and the element keeps its markup.
 */
export function interleave(key: string, options: Record<string, unknown>, elements: Record<string, ComponentChildren>): ComponentChildren {
  const marks = Object.fromEntries(Object.keys(elements).map((name) => [name, `${Mark}${name}${Mark}`]));
  const text = (t as (k: string, o: Record<string, unknown>) => string)(key, { ...options, ...marks });
  return text.split(Mark).map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? elements[piece] : piece}</Fragment>);
}
