import { useEffect, useRef } from 'preact/hooks';
import type { ConsultationSettings, CreatedConsultation } from '../../contract';
import { CopyField } from '../shared/CopyField';
import { absolute, links } from '../router';
import { t } from '../../i18n/i18n';

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
        {t('organize.created.ready', { title: settings.title })}
      </h2>
      <p>{t('organize.created.save')}</p>
      <CopyField label={t('organize.created.moderatorLink')} value={absolute(origin, links.moderate(created.id, created.moderatorKey))} testId="moderator-link" />
      <CopyField label={t('organize.created.joinLink')} value={absolute(origin, links.join(created.id, created.joinCode))} testId="join-link" />
      <CopyField
        label={observerKey ? t('organize.created.observerLinkPrivate') : t('organize.created.observerLink')}
        value={absolute(origin, links.watch(created.id, observerKey))}
        testId="observer-link"
      />
      <p>
        <a href={links.moderate(created.id, created.moderatorKey)} data-testid="open-moderation">
          {t('organize.created.openModeration')}
        </a>
      </p>
    </section>
  );
}
