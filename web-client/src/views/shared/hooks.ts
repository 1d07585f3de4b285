import { useCallback, useEffect, useReducer, useState } from 'preact/hooks';
import { type CommandError, toCommandError } from '../../connection/commandError';
import { ConsultationConnection } from '../../connection/consultationConnection';

/** Watches one consultation for as long as the component is mounted (a new credential reconnects). */
export function useConsultation(id: string, credential: string | null) {
  const [connection, setConnection] = useState<ConsultationConnection>();
  const [, bump] = useReducer((n: number, _: void) => n + 1, 0);
  useEffect(() => {
    const c = new ConsultationConnection(id, credential);
    setConnection(c);
    const unsubscribe = c.subscribe(() => bump());
    void c.start();
    return () => {
      unsubscribe();
      void c.stop();
    };
  }, [id, credential]);
  const current = connection?.consultationId === id ? connection : undefined;
  return {
    connection: current,
    view: current?.view,
    status: current?.status ?? 'connecting',
    error: current?.error,
  };
}

/** The local time, refreshed every `intervalMs` (countdowns). */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A refused command and the control it came from ("post", "hand", "vote-P1"), so it shows beside that control. */
export interface SourcedError extends CommandError {
  source?: string | undefined;
}

/**
 * Runs commands one at a time and keeps the last refusal to show. A command run with a
 * `source` names the control that sent it: its refusal is shown there (errorFor), not in the
 * page's banner (bannerError).
 */
export function useCommands() {
  const [error, setError] = useState<SourcedError>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(action: () => Promise<T>, source?: string): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (e) {
      setError({ ...toCommandError(e), source });
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(undefined), []);
  const errorFor = useCallback((source: string) => (error?.source === source ? error : undefined), [error]);
  const bannerError = error?.source === undefined ? error : undefined;
  return { run, error, bannerError, errorFor, busy, clear };
}

/** Follows location.hash. */
export function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return hash;
}

/**
 * Loads with `load` on mount and whenever `deps` change; `reload` runs it again. With
 * `refreshMs`, it reloads on that interval while the tab is visible (live counts), and at once
 * when the tab comes back. A failure keeps the last data and reports the error; answers that
 * arrive after a newer request are dropped.
 */
export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[], refreshMs?: number) {
  const [state, setState] = useState<{ data?: T; error?: CommandError; loading: boolean; loadedAt?: number }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let latest = 0;
    let live = true;
    const run = () => {
      const ticket = ++latest;
      setState((s) => ({ ...s, loading: true }));
      load().then(
        (data) => live && ticket === latest && setState({ data, loading: false, loadedAt: Date.now() }),
        (e: unknown) => live && ticket === latest && setState((s) => ({ ...s, error: toCommandError(e), loading: false })),
      );
    };
    run();
    if (!refreshMs) {
      return () => {
        live = false;
      };
    }
    const visible = () => document.visibilityState === 'visible';
    const timer = setInterval(() => visible() && run(), refreshMs);
    const onVisibility = () => visible() && run();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [...deps, generation, refreshMs]);
  return { ...state, reload };
}
