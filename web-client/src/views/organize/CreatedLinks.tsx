import { useEffect, useRef } from 'preact/hooks';
import type { ConsultationSettings, CreatedConsultation } from '../../contract';
import { CopyField } from '../shared/CopyField';
import { absolute, links } from '../router';

/** The links of a new consultation. The keys are shown once: the server keeps only their hashes. */
export function CreatedLinks({ created, settings }: { created: CreatedConsultation; settings: ConsultationSettings }) {
  const origin = location.origin;
  const observerKey = settings.visibility === 'private' ? created.observerKey : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the result once per consultation, not on every re-render.
  useEffect(() => heading.current?.focus(), [created.id]);
  return (
    <section class="panel created" aria-labelledby="created-heading" data-testid="created-links" data-consultation-id={created.id}>
      <h2 id="created-heading" tabIndex={-1} ref={heading}>
        “{settings.title}” is ready
      </h2>
      <p>Save these links now; the keys in them are not shown again.</p>
      <CopyField label="Moderator link (keep private; co-moderators share it)" value={absolute(origin, links.moderate(created.id, created.moderatorKey))} testId="moderator-link" />
      <CopyField label="Join link for participants" value={absolute(origin, links.join(created.id, created.joinCode))} testId="join-link" />
      <CopyField
        label={observerKey ? 'Observer link (private consultation: it carries the observer key)' : 'Observer link'}
        value={absolute(origin, links.watch(created.id, observerKey))}
        testId="observer-link"
      />
      <p>
        <a href={links.moderate(created.id, created.moderatorKey)} data-testid="open-moderation">
          Open the moderation page
        </a>
      </p>
    </section>
  );
}
