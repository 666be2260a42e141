import type { WorkspaceRule } from '../model/workspaceRule';
import { availability } from './datasets/availability';
import { freshness } from './datasets/freshness';
import { interoperability } from './datasets/interoperability';
import { localDataLinks } from './datasets/localDataLinks';
import { machineReadable } from './datasets/machineReadable';
import { openFormats } from './datasets/openFormats';
import { qualityChecks } from './datasets/qualityChecks';
import { uniqueIdentifiers } from './datasets/uniqueIdentifiers';

/** Rules whose evidence is dataset metadata, local data files and link checks, in board order. */
export const DATASET_RULES: readonly WorkspaceRule[] = [openFormats, uniqueIdentifiers, localDataLinks, interoperability, availability, machineReadable, freshness, qualityChecks];
