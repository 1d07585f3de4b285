import type { ConsultationView, PollView } from '../../contract';
import type { HandlerMap } from './handler';

type Polls = Pick<HandlerMap, 'poll-opened' | 'poll-vote-cast' | 'poll-closed'>;

const upsert = (view: ConsultationView, poll: PollView): ConsultationView => {
  const exists = view.polls.some((p) => p.id === poll.id);
  return { ...view, polls: exists ? view.polls.map((p) => (p.id === poll.id ? poll : p)) : [...view.polls, poll] };
};

/** Every poll event carries the whole poll as the audience may see it. */
export const pollHandlers: Polls = {
  'poll-opened': upsert,
  'poll-vote-cast': upsert,
  'poll-closed': upsert,
};
