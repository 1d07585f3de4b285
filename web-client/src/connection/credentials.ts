/**
 * Where secrets live in the browser. The organizer key stays for the tab only (sessionStorage);
 * a participant token stays across reloads (localStorage) so people can come back to the
 * floor; moderator and observer keys arrive in the URL fragment, which browsers never send.
 */
const organizerKeyName = 'consulthub.organizerKey';
const tokenName = (id: string) => `consulthub.participant.${id}`;
const moderatorKeyName = (id: string) => `consulthub.moderatorKey.${id}`;

export interface StoredParticipant {
  participantId: string;
  token: string;
}

export const credentials = {
  organizerKey: (): string => read(sessionStorage, organizerKeyName) ?? '',
  setOrganizerKey: (key: string) => write(sessionStorage, organizerKeyName, key.trim() || null),

  participant(id: string): StoredParticipant | null {
    const raw = read(localStorage, tokenName(id));
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
  },
  setParticipant: (id: string, value: StoredParticipant | null) =>
    write(localStorage, tokenName(id), value && JSON.stringify(value)),

  /** Keeps a moderator key from the link so a reload of the bare route still works. */
  moderatorKey: (id: string, fromUrl: string | undefined): string | null => {
    if (fromUrl) {
      write(sessionStorage, moderatorKeyName(id), fromUrl);
      return fromUrl;
    }
    return read(sessionStorage, moderatorKeyName(id));
  },
};

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
