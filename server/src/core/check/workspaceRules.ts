import type { WorkspaceRule } from './workspaceRule';

/** Every cross-file and time-based rule, in board order. */
export const WORKSPACE_RULES: readonly WorkspaceRule[] = [];
