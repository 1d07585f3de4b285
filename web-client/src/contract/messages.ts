import type { Audience, ConsultationStatus, Language, Role, StakeholderGroup, Visibility } from './enums';
import type { EventEnvelope } from './events';
import type { ConsultationView } from './views';

/** The reply to an accepted hub command: the version it reached and the id it created, if any. */
export interface CommandReply {
  version: number;
  id?: string;
}

/** The reply to Watch: the whole view, or the events after the version the caller gave. */
export interface WatchReply {
  role: Role;
  participantId?: string;
  audience: Audience;
  version: number;
  view?: ConsultationView;
  events?: EventEnvelope[];
}

/** 201 reply to POST /api/consultations; the keys are shown once. */
export interface CreatedConsultation {
  id: string;
  joinCode: string;
  moderatorKey: string;
  observerKey: string;
}

/** One row of GET /api/consultations. */
export interface DirectoryEntry {
  id: string;
  title: string;
  region: string;
  timeZone: string;
  startsAt?: string;
  status: ConsultationStatus;
  participants: number;
  present: number;
  observers: number;
  visibility: Visibility;
  /** Always sent by the server. */
  language?: Language;
  /** When it went live and when it closed, where the server sends them. */
  startedAt?: string;
  closedAt?: string;
}

/** Body of POST /api/consultations/{id}/participants. */
export interface JoinBody {
  joinCode: string | null;
  displayName: string;
  affiliation: string | null;
  stakeholderGroup: StakeholderGroup;
  country: string | null;
}

/** 201 reply to joining; the token is shown once. */
export interface JoinedParticipant {
  participantId: string;
  token: string;
}

/** An application/problem+json error with the stable `code`. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  /** On a 403 for a private consultation: its title, so the page can say what needs the key. */
  consultationTitle?: string;
}
