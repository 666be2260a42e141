import type { WorkspaceRule } from '../model/workspaceRule';
import { citizenPrioritisation } from './plan/citizenPrioritisation';
import { citizenReports } from './plan/citizenReports';
import { complianceVerifications } from './plan/complianceVerifications';
import { designatedOfficials } from './plan/designatedOfficials';
import { digitalCommunication } from './plan/digitalCommunication';
import { governmentTools } from './plan/governmentTools';
import { impactStories } from './plan/impactStories';
import { inventoryRows } from './plan/inventory';
import { linkMonitoring } from './plan/linkMonitoring';
import { participationActions } from './plan/participation';
import { plannedDatasets } from './plan/plannedDatasets';
import { plannedMetadata } from './plan/plannedMetadata';
import { prioritisation } from './plan/prioritisation';
import { workingGroupSessions } from './plan/workingGroup';

/** Rules whose evidence is the opening plan (steps 1, 3 and 4 logs), in board order. */
export const PLAN_RULES: readonly WorkspaceRule[] = [
  designatedOfficials,
  inventoryRows,
  plannedDatasets,
  workingGroupSessions,
  prioritisation,
  citizenPrioritisation,
  plannedMetadata,
  linkMonitoring,
  citizenReports,
  complianceVerifications,
  governmentTools,
  participationActions,
  digitalCommunication,
  impactStories,
];
