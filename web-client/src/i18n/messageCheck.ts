const PluralSuffix = /_(ordinal_)?(zero|one|two|few|many|other)$/;

/** "a.b.c" -> text for every message in a tree of messages. */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      out.set(path, value);
    } else {
      for (const [k, v] of flatten(value, path)) {
        out.set(k, v);
      }
    }
  }
  return out;
}

interface Message {
  /** Plural categories present ("one", "other"…); undefined for a plain message. */
  categories?: Set<string>;
  ordinal: boolean;
  variables: Set<string>;
}

/** Messages by base key: plural forms folded together, with the variables all the forms use. */
export function messagesOf(tree: unknown): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const [key, text] of flatten(tree)) {
    const plural = PluralSuffix.exec(key);
    const base = plural ? key.slice(0, plural.index) : key;
    const message: Message = out.get(base) ?? { ordinal: Boolean(plural?.[1]), variables: new Set<string>(), ...(plural && { categories: new Set<string>() }) };
    if (plural) {
      message.categories?.add(plural[2]!);
    }
    for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
      message.variables.add(m[1]!);
    }
    out.set(base, message);
  }
  return out;
}

const sorted = (values: Iterable<string>) => [...values].sort().join(',');

/**
 * What is wrong with one language's messages against the reference (English): keys missing or
 * extra, interpolation variables that differ, plural forms other than the ones the language
 * has (Intl.PluralRules). Empty when the language is complete.
 */
export function checkMessages(reference: unknown, candidate: unknown, language: string): string[] {
  const expected = messagesOf(reference);
  const actual = messagesOf(candidate);
  const problems: string[] = [];
  for (const [key, ref] of expected) {
    const own = actual.get(key);
    if (!own) {
      problems.push(`${key}: missing`);
      continue;
    }
    if (sorted(own.variables) !== sorted(ref.variables)) {
      problems.push(`${key}: variables ${sorted(own.variables)}, English has ${sorted(ref.variables)}`);
    }
    if (ref.categories) {
      const needed = new Intl.PluralRules(language, { type: ref.ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
      if (sorted(own.categories ?? []) !== sorted(needed)) {
        problems.push(`${key}: plural forms ${sorted(own.categories ?? [])}, ${language} needs ${sorted(needed)}`);
      }
    } else if (own.categories) {
      problems.push(`${key}: plural here, plain in English`);
    }
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) {
      problems.push(`${key}: not an English message`);
    }
  }
  return problems;
}
