import type { CommandFactory } from './command';

/** `guia.showTimeline`: the plan's timeline, focused on a dataset when the CodeLens passes its identifier. */
export const showTimeline: CommandFactory =
  ({ timeline }) =>
  (identifier) =>
    timeline.show(typeof identifier === 'string' ? identifier : undefined);
