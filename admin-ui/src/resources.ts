/**
 * The panel's resources: one folder per resource (its icon and small overrides), every one the schema
 * lists and the viewer may read, in the document's order. A content type with no folder yet still gets
 * the generic screens, at the end of its group.
 */
import type { RaRecord, ResourceProps } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import appraisals from './appraisals';
import auditEntries from './audit-entries';
import importJobs from './import-jobs';
import boards from './boards';
import branches from './branches';
import commendations from './commendations';
import communities from './communities';
import compounds from './compounds';
import courses from './courses';
import degreePrograms from './degree-programs';
import enrollments from './enrollments';
import grids from './grids';
import honours from './honours';
import objections from './objections';
import partnerUnits from './partner-units';
import partyMembers from './party-members';
import payrolls from './payrolls';
import payScales from './pay-scales';
import pointsEntries from './points-entries';
import promotions from './promotions';
import recruitments from './recruitments';
import scorePublications from './score-publications';
import secondments from './secondments';
import settings from './settings';
import showcases from './showcases';
import sourceGroups from './source-groups';
import stories from './stories';
import tasks from './tasks';
import towns from './towns';
import trainings from './trainings';
import trialPosts from './trial-posts';
import users from './users';
import workers from './workers';
import { defineResource, type ResourceModule } from './generic/defineResource';

const MODULES = new Map<string, ResourceModule>([
  ['workers', workers],
  ['party-members', partyMembers],
  ['communities', communities],
  ['towns', towns],
  ['grids', grids],
  ['compounds', compounds],
  ['partner-units', partnerUnits],
  ['recruitments', recruitments],
  ['trial-posts', trialPosts],
  ['trainings', trainings],
  ['degree-programs', degreePrograms],
  ['courses', courses],
  ['enrollments', enrollments],
  ['branches', branches],
  ['secondments', secondments],
  ['pay-scales', payScales],
  ['payrolls', payrolls],
  ['appraisals', appraisals],
  ['promotions', promotions],
  ['honours', honours],
  ['stories', stories],
  ['tasks', tasks],
  ['source-groups', sourceGroups],
  ['boards', boards],
  ['points-entries', pointsEntries],
  ['score-publications', scorePublications],
  ['objections', objections],
  ['showcases', showcases],
  ['commendations', commendations],
  ['users', users],
  ['audit-entries', auditEntries],
  ['import-jobs', importJobs],
  ['settings', settings],
]);
const ORDER = [...MODULES.keys()];
const rank = (name: string) => (MODULES.has(name) ? ORDER.indexOf(name) : ORDER.length);

export interface ResourceOptions {
  group: string;
  override: ResourceModule['override'];
}

export function resourcesFor(
  panel: Panel | null | undefined,
): (ResourceProps & { options: ResourceOptions })[] {
  if (!panel) return [];
  return panel.schema.resources
    .filter((r) => r.can.find)
    .sort((a, b) => rank(a.name) - rank(b.name))
    .map((r) => {
      const m = MODULES.get(r.name) ?? defineResource();
      return {
        name: r.name,
        list: m.list,
        show: r.can.findOne ? m.show : undefined,
        edit: r.can.update ? m.edit : undefined,
        create: r.can.create ? m.create : undefined,
        icon: m.icon,
        options: { group: m.override.group ?? r.group, override: m.override },
        recordRepresentation:
          m.override.representation ?? ((record: RaRecord) => String(record[r.mainField] ?? record.id)),
      };
    });
}
