import type { WorkspaceRule } from '../check/workspaceRule';

/** Rules whose evidence is dataset metadata, local data files and link checks, in board order. */
export const DATASET_RULES: readonly WorkspaceRule[] = [];
