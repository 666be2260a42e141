import type { WorkspaceRule } from '../check/workspaceRule';

/** Rules whose evidence is the opening plan (steps 1, 3 and 4 logs), in board order. */
export const PLAN_RULES: readonly WorkspaceRule[] = [];
