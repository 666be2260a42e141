import type { EvidenceTally, FileAnalysis } from './analysis';
import type { DatasetFacts } from './facts';
import type { Finding } from '../findings';
import type { ParsedDocument } from '../parse/parsedDocument';

/**
 * A file's analysis that can let go of what its text gives back — the source tree, the findings,
 * the dataset facts, nearly all of an analysis's memory — and work it out again, the same, the next
 * time any of it is read. The object itself stays: everything remembered by analysis identity (a
 * file's diagnostics, a rule's output, the quality of its datasets) still holds while it sleeps.
 *
 * Why: a national workspace holds 300 institutions' catalogs, and one or two are open in an editor.
 * The others' diagnostics and coverage are worked out once and stand until one of their files
 * changes; keeping their source trees meanwhile took the server past 600 MB.
 */
export class RestorableAnalysis implements FileAnalysis {
  readonly id: string;
  readonly kind: FileAnalysis['kind'];
  /** The text analysed, kept while the rest is let go (what it is worked out again from). */
  readonly text: string;
  private live: FileAnalysis | undefined;

  constructor(
    analysis: FileAnalysis,
    /** Analyses the file's text again; gives what the first analysis gave (an analysis reads its text alone). */
    private readonly analyzeAgain: () => FileAnalysis,
    /** Told each time the analysis is worked out again (the owner lets it go again later). */
    private readonly onRestore: (analysis: RestorableAnalysis) => void = () => {},
  ) {
    this.id = analysis.id;
    this.kind = analysis.kind;
    this.text = analysis.parsed.text;
    this.live = analysis;
  }

  get parsed(): ParsedDocument {
    return this.restored().parsed;
  }

  get findings(): Finding[] {
    return this.restored().findings;
  }

  get evidence(): EvidenceTally {
    return this.restored().evidence;
  }

  get datasets(): DatasetFacts[] {
    return this.restored().datasets;
  }

  /** Whether the analysis is held now (not let go, or worked out again since). */
  get isHeld(): boolean {
    return this.live !== undefined;
  }

  /** Lets go of the analysis; the next read works it out again. */
  release(): void {
    this.live = undefined;
  }

  /**
   * What `read` finds in the analysis, without keeping it: a released analysis is worked out for
   * the read and let go again, so a walk over every file of the workspace holds one at a time.
   */
  peek<T>(read: (analysis: FileAnalysis) => T): T {
    if (this.live !== undefined) return read(this.live);
    return read(this.analyzeAgain());
  }

  private restored(): FileAnalysis {
    if (this.live === undefined) {
      this.live = this.analyzeAgain();
      this.onRestore(this);
    }
    return this.live;
  }
}

/**
 * The text a file's analysis was made from, without working out again an analysis that was let go:
 * opening a file that did not change since it was read keeps its analysis, and must not redo it to
 * find that out.
 */
export function analyzedText(file: FileAnalysis): string {
  return file instanceof RestorableAnalysis ? file.text : file.parsed.text;
}

/**
 * What `read` finds in a file's analysis; a released `RestorableAnalysis` is worked out for the read
 * only (see `peek`). For walks over every file of a workspace that keep only what they read.
 */
export function readAnalysis<T>(file: FileAnalysis, read: (analysis: FileAnalysis) => T): T {
  return file instanceof RestorableAnalysis ? file.peek(read) : read(file);
}
