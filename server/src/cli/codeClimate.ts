import { createHash } from 'node:crypto';
import type { WorkspaceReport } from '../core/check/workspaceIndex';

/** GitLab's Code Quality severities for our Error, Warning, Information and Hint. */
const SEVERITIES: Record<number, string> = { 1: 'major', 2: 'minor', 3: 'info', 4: 'info' };

/**
 * GitLab's Code Quality report (the Code Climate issue format GitLab reads): one issue per finding
 * with `description`, `check_name` (the requirement id, then the rule), `fingerprint`, `severity`
 * and `location.path` / `location.lines.begin`. The fingerprint leaves the line out, so a finding
 * that only moves when lines are added above it stays the same issue between a merge request and
 * its target branch; identical findings of a file are told apart by their order.
 */
export function formatCodeClimate(report: Pick<WorkspaceReport, 'files'>): string {
  const issues = report.files.flatMap((file) => {
    const path = file.id.split('\\').join('/').replace(/^\.\//, '');
    const seen = new Map<string, number>();
    return file.diagnostics.map((diagnostic) => {
      const rule = typeof diagnostic.data.rule === 'string' ? diagnostic.data.rule : undefined;
      const identity = [path, diagnostic.code, rule ?? '', diagnostic.message].join('\n');
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      return {
        type: 'issue',
        description: diagnostic.message,
        check_name: rule ? `${diagnostic.code}/${rule}` : diagnostic.code,
        categories: ['Compatibility'],
        fingerprint: createHash('sha256').update(`${identity}\n${occurrence}`).digest('hex').slice(0, 32),
        severity: SEVERITIES[diagnostic.severity],
        location: { path, lines: { begin: diagnostic.range.start.line + 1 } },
      };
    });
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
