import type { HandlerMap } from './handler';

type Lifecycle = Pick<HandlerMap, 'consultation-created' | 'consultation-started' | 'consultation-closed'>;

export const lifecycleHandlers: Lifecycle = {
  'consultation-created': (view, d) => ({ ...view, settings: d.settings, createdAt: d.createdAt }),
  'consultation-started': (view, d) => ({ ...view, status: 'live', startedAt: d.startedAt }),
  'consultation-closed': (view, d) => ({ ...view, status: 'closed', closedAt: d.closedAt }),
};
