import { useState } from 'preact/hooks';

/** A link or secret with a copy button; the value stays selectable when the clipboard is refused. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const id = `copy-${testId}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div class="copy-field">
      <label for={id}>{label}</label>
      <div class="copy-row">
        <input id={id} type="text" readOnly value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy} data-testid={`copy-${testId}`}>
          Copy
        </button>
        <span role="status" class="copy-status">
          {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Copy refused; select the text and copy it.' : ''}
        </span>
      </div>
    </div>
  );
}
