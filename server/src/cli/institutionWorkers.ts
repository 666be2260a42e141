import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { InstitutionReport } from '../core/institutions/institutionIndexes';
import type { Language } from '../core/l10n';
import { applyLanguage } from '../shippedFiles';
import type { CollectedFile } from './collectFiles';
import { evaluateScope, type InstitutionRunSettings } from './institutionRun';

/**
 * Institutions are independent, so a national board judges them in worker threads, one
 * institution per worker at a time, and its time is divided by the processors it has. Each worker
 * holds one institution and its own copy of the compiled schemas (about 100 MB), so the pool is
 * bounded: at most this many workers, whatever the machine.
 */
const MAX_WORKERS = 4;
/** Starting a worker costs about half a second of processor time; below this many institutions each, it does not pay. */
const MIN_INSTITUTIONS_PER_WORKER = 8;
/** Marks the data a worker is started with, so that the bundle loaded in it serves institutions instead of running the command. */
const WORKER_ROLE = 'guia-institution-worker';

export interface InstitutionTask {
  root: string;
  files: CollectedFile[];
}

interface WorkerStart {
  role: typeof WORKER_ROLE;
  language: Language;
  settings: InstitutionRunSettings;
}

interface TaskMessage {
  index: number;
  task: InstitutionTask;
}

interface ResultMessage {
  index: number;
  report: InstitutionReport;
  errors: string[];
}

/** How many workers to judge `institutions` institutions with: 1 means in this thread. `requested` (from the user) wins, within the bound. */
export function workerCount(institutions: number, requested?: number): number {
  const processors = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const wanted = requested ?? Math.min(processors, Math.floor(institutions / MIN_INSTITUTIONS_PER_WORKER));
  return Math.max(1, Math.min(wanted, MAX_WORKERS, institutions));
}

/** Whether this thread is a worker started by `evaluateInWorkers` (the command must not run in it). */
export function isInstitutionWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerStart> | null)?.role === WORKER_ROLE;
}

/**
 * Judges the institutions in `count` worker threads and gives their reports in the order of
 * `tasks`, exactly as judging them one after another here would. A worker that fails (a thread
 * that cannot start, a crash) hands its institution back, and what no worker is left to judge is
 * judged in this thread: it costs time, never a row.
 */
export async function evaluateInWorkers(
  tasks: readonly InstitutionTask[],
  settings: InstitutionRunSettings,
  language: Language,
  count: number,
  errors: string[],
): Promise<InstitutionReport[]> {
  const reports = new Array<InstitutionReport>(tasks.length);
  const pending = tasks.map((_, index) => index).reverse();
  const start: WorkerStart = { role: WORKER_ROLE, language, settings };
  await Promise.all(
    Array.from(
      { length: Math.min(count, tasks.length) },
      () =>
        new Promise<void>((resolve) => {
          let worker: Worker;
          try {
            worker = new Worker(__filename, { workerData: start });
          } catch (error) {
            process.stderr.write(`guia: ${String(error)}\n`);
            resolve();
            return;
          }
          let current: number | undefined;
          const next = (): void => {
            current = pending.pop();
            // Nothing left: the worker is told to end, and ends once what it wrote to stderr is through.
            if (current === undefined) {
              worker.postMessage(null);
              return;
            }
            worker.postMessage({ index: current, task: tasks[current]! } satisfies TaskMessage);
          };
          worker.on('message', (message: ResultMessage) => {
            reports[message.index] = message.report;
            errors.push(...message.errors);
            next();
          });
          worker.once('online', next);
          worker.once('error', (error) => process.stderr.write(`guia: ${String(error)}\n`));
          worker.once('exit', () => {
            if (current !== undefined) pending.push(current);
            current = undefined;
            resolve();
          });
        }),
    ),
  );
  // What failed workers left: judged here.
  for (let index = pending.pop(); index !== undefined; index = pending.pop()) {
    const task = tasks[index]!;
    reports[index] = await evaluateScope(task.root, task.files, settings, (error) => errors.push(String(error)));
  }
  return reports;
}

/** The worker's side: judge each institution it is sent and send its report back. */
function serveInstitutions(): void {
  const { language, settings } = workerData as WorkerStart;
  applyLanguage(language);
  parentPort!.on('message', (message: TaskMessage | null) => {
    if (message === null) {
      parentPort!.close();
      return;
    }
    const { index, task } = message;
    const errors: string[] = [];
    void evaluateScope(task.root, task.files, settings, (error) => errors.push(String(error))).then((report) => {
      parentPort!.postMessage({ index, report, errors } satisfies ResultMessage);
    });
  });
}

if (isInstitutionWorker()) serveInstitutions();
