/** What to do after the server process died. */
export interface CrashDecision {
  /** Start the server again. */
  restart: boolean;
  /** This is the first crash of the session: the one the user is told about. */
  first: boolean;
}

/**
 * Bounded automatic restarts: at most `maxRestarts` within `windowMs`. A server that keeps dying
 * on the same input would otherwise restart forever and flood the user with notifications.
 */
export class RestartPolicy {
  private readonly crashes: number[] = [];
  private crashed = false;

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a crash at `now` (milliseconds) and decides. */
  onCrash(now: number): CrashDecision {
    const first = !this.crashed;
    this.crashed = true;
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > this.windowMs) this.crashes.shift();
    return { restart: this.crashes.length <= this.maxRestarts, first };
  }

  /** A restart the user asked for starts the count again. */
  reset(): void {
    this.crashes.length = 0;
  }
}
