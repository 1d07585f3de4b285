import type { ConsultationConnection } from '../../connection/consultationConnection';

/** What a panel needs to act: the connection and the page's command runner. */
export interface Actions {
  connection: ConsultationConnection;
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  busy: boolean;
}
