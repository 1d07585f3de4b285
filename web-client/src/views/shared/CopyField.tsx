import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';

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
          {t('common.copy')}
        </button>
        <span role="status" class="copy-status">
          {copied === 'yes' ? t('common.copied') : copied === 'no' ? t('common.copyRefused') : ''}
        </span>
      </div>
    </div>
  );
}
