import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../contract';
import { t } from '../../i18n/i18n';

interface Props {
  /** What is about to happen, e.g. "Hide point P3". */
  title: string;
  confirmLabel: string;
  onConfirm: (reason: string | null) => void;
  onCancel: () => void;
}

/**
 * An inline confirmation with an optional reason for the moderation ledger. Inline rather than
 * window.prompt so it is styled, labelled, and reachable by keyboard; Escape cancels.
 */
export function ReasonPrompt({ title, confirmLabel, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="reason-prompt"
      data-testid="reason-prompt"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(reason.trim() || null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label for={id}>{t('reason.label', { title })}</label>
      <input id={id} ref={input} maxLength={LIMITS.reason} value={reason} data-testid="reason-input" onInput={(e) => setReason(e.currentTarget.value)} />
      <button type="submit" class="danger" data-testid="reason-confirm">
        {confirmLabel}
      </button>
      <button type="button" onClick={onCancel} data-testid="reason-cancel">
        {t('common.cancel')}
      </button>
    </form>
  );
}
