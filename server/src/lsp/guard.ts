import type { Connection } from 'vscode-languageserver/node';

/**
 * Wraps a notification or timer handler so that an exception (thrown, or a rejected promise) is
 * logged to the client's output instead of escaping: an escaped exception in a timer or a rejected
 * promise ends the Node process, and with it every diagnostic of the workspace.
 */
export function guarded<A extends unknown[]>(connection: Connection, what: string, handler: (...args: A) => unknown): (...args: A) => void {
  const report = (error: unknown): void => {
    connection.console.error(`guia: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };
  return (...args: A): void => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  };
}
