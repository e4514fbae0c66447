import Icon from '@mui/icons-material/Assignment';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['title', 'category', 'community', 'tier', 'points', 'status', 'isUrgent', 'dueAt'],
  actions: [
    {
      name: 'triage',
      when: { field: 'status', values: ['collected', 'triaged'] },
      takes: { difficulty: true, peopleNeeded: true, hoursNeeded: true, needsFunding: false },
    },
    {
      name: 'claim',
      when: { field: 'status', values: ['listed'] },
      // Members and units claim for themselves; staff record a claim on a member's or unit's behalf.
      takesFor: { staff: { claimantMember: false, claimantUnit: false } },
    },
    {
      name: 'submit',
      when: { field: 'status', values: ['claimed', 'rejected'] },
      takes: { report: true, doneAt: true, photos: false },
    },
    { name: 'approve', when: { field: 'status', values: ['submitted'] } },
    { name: 'reject', when: { field: 'status', values: ['submitted'] }, takes: { rejectReason: true } },
    { name: 'revoke', when: { field: 'status', values: ['approved'] }, takes: { rejectReason: true } },
    { name: 'release', when: { field: 'status', values: ['claimed', 'rejected'] } },
    {
      name: 'withdraw',
      when: { field: 'status', values: ['collected', 'triaged', 'listed', 'claimed', 'rejected'] },
      takes: { rejectReason: true },
    },
  ],
});
