import type { CommandError } from '../../connection/commandError';
import type { ConsultationConnection } from '../../connection/consultationConnection';

/** What a panel needs to act: the connection and the page's command runner. */
export interface Actions {
  connection: ConsultationConnection;
  /** Runs a command; with `source`, a refusal is shown beside the control that sent it. */
  run: <T>(action: () => Promise<T>, source?: string) => Promise<T | undefined>;
  /** The refusal of the last command sent from `source`, if it was refused. */
  errorFor: (source: string) => CommandError | undefined;
  busy: boolean;
}
