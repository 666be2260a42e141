import type { CommandFactory } from './command';

/** `guia.restartServer`: stops and starts the server (also after it gave up restarting itself). */
export const restartServer: CommandFactory =
  ({ context }) =>
  () =>
    context.restart();

/** `guia.showServerLog`: the server's output channel. */
export const showServerLog: CommandFactory =
  ({ context }) =>
  () =>
    context.log.show(true);
