import { DATASET_RULES } from './datasetRules';
import { downloadLinksAnswer } from './links/downloadLinksAnswer';
import { PLAN_RULES } from './planRules';
import type { WorkspaceRule } from '../model/workspaceRule';

/** Every cross-file and time-based rule. */
export const WORKSPACE_RULES: readonly WorkspaceRule[] = [...PLAN_RULES, ...DATASET_RULES, downloadLinksAnswer];
