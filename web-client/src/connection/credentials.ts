/**
 * Where secrets live in the browser. The organizer key, moderator keys and a moderator's own
 * seat stay for the tab only (sessionStorage); a participant token stays across reloads
 * (localStorage) so people can come back to the floor. Keys arrive in the URL fragment, which
 * browsers never send to the server.
 */
const organizerKeyName = 'consulthub.organizerKey';
const tokenName = (id: string) => `consulthub.participant.${id}`;
const moderatorKeyName = (id: string) => `consulthub.moderatorKey.${id}`;
const seatName = (id: string) => `consulthub.moderatorSeat.${id}`;

export interface StoredParticipant {
  participantId: string;
  token: string;
}

export const credentials = {
  organizerKey: (): string => read(sessionStorage, organizerKeyName) ?? '',
  setOrganizerKey: (key: string) => write(sessionStorage, organizerKeyName, key.trim() || null),

  participant: (id: string) => readParticipant(localStorage, tokenName(id)),
  setParticipant: (id: string, value: StoredParticipant | null) => write(localStorage, tokenName(id), value && JSON.stringify(value)),

  /** A moderator who joined the floor: their token carries the moderator role and a participant id. */
  moderatorSeat: (id: string) => readParticipant(sessionStorage, seatName(id)),
  setModeratorSeat: (id: string, value: StoredParticipant | null) => write(sessionStorage, seatName(id), value && JSON.stringify(value)),

  /** The moderator key from the link, remembered so a reload of the bare route still works. */
  moderatorKey: (id: string, fromUrl: string | undefined): string | null => {
    if (fromUrl) {
      write(sessionStorage, moderatorKeyName(id), fromUrl);
      return fromUrl;
    }
    return read(sessionStorage, moderatorKeyName(id));
  },
};

function readParticipant(storage: Storage, name: string): StoredParticipant | null {
  const raw = read(storage, name);
  if (!raw) {
    return null;
  }
  try {
    const value = JSON.parse(raw) as Partial<StoredParticipant>;
    return typeof value.participantId === 'string' && typeof value.token === 'string'
      ? { participantId: value.participantId, token: value.token }
      : null;
  } catch {
    return null;
  }
}

function read(storage: Storage, name: string): string | null {
  try {
    return storage.getItem(name);
  } catch {
    return null;
  }
}

function write(storage: Storage, name: string, value: string | null): void {
  try {
    if (value === null) {
      storage.removeItem(name);
    } else {
      storage.setItem(name, value);
    }
  } catch {
    // Storage disabled (private mode): the page still works for this visit.
  }
}
