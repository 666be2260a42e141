import { DATASET_RULES } from '../rules/datasetRules';
import { downloadLinksAnswer } from '../rules/links/downloadLinksAnswer';
import { PLAN_RULES } from '../rules/planRules';
import type { WorkspaceRule } from './workspaceRule';

/** Every cross-file and time-based rule. */
export const WORKSPACE_RULES: readonly WorkspaceRule[] = [...PLAN_RULES, ...DATASET_RULES, downloadLinksAnswer];
