import type { Catalog } from './types';

const levels = { national: 'National', provincial: 'Provincial', municipal: 'Municipal', district: 'District', town: 'Town' };
const stages = { worker: 'Community worker', cadre: 'Community committee cadre', township: 'Township deputy section chief' };

export const en: Catalog = {
  common: { id: 'ID', createdAt: 'Created', updatedAt: 'Updated', publishedAt: 'Published' },
  groups: {
    dashboard: 'Dashboard',
    organisation: 'Corps (雁阵齐飞)',
    training: 'Training (充电赋能)',
    incentives: 'Incentives (激励关爱)',
    board: 'Task board (五亮五共)',
    system: 'System',
  },
  resources: {
    towns: {
      name: 'Towns',
      fields: { name: 'Name', code: 'Code', kind: 'Kind', communities: 'Communities' },
      choices: { kind: { town: 'Town', subdistrict: 'Subdistrict' } },
    },
    communities: {
      name: 'Communities',
      fields: {
        name: 'Name', code: 'Code', town: 'Town', areaKm2: 'Area (km²)', population: 'Population',
        households: 'Households', securityLevel: 'Security situation', address: 'Address',
      },
      choices: { securityLevel: { stable: 'Stable', general: 'Ordinary', complex: 'Complex' } },
    },
    grids: {
      name: 'Grids',
      fields: { name: 'Name', code: 'Code', community: 'Community', households: 'Households' },
    },
    compounds: {
      name: 'Compounds',
      fields: {
        name: 'Name', community: 'Community', grid: 'Grid', address: 'Address', households: 'Households',
        buildings: 'Buildings',
      },
    },
    'partner-units': {
      name: 'Partner units',
      fields: { name: 'Name', contact: 'Contact', phone: 'Phone', address: 'Address', communities: 'Communities' },
    },
    workers: {
      name: 'Community workers',
      fields: {
        name: 'Name', gender: 'Gender', birthDate: 'Birth date', idNumber: 'ID number', phone: 'Mobile',
        education: 'Education', politicalStatus: 'Political status', isVeteran: 'Veteran',
        isReturningGraduate: 'Returning graduate', community: 'Community', grid: 'Grid', position: 'Position',
        isConcurrent: 'Secretary and director', postTier: 'Post tier', payLevel: 'Pay level', hireDate: 'Hire date',
        status: 'Status', recruitment: 'Recruitment', qualification: 'Qualification', isReserve: 'Reserve cadre',
        mentor: 'Mentor', mentees: 'Mentees', careerStage: 'Career stage',
      },
      choices: {
        gender: { male: 'Male', female: 'Female' },
        education: {
          junior: 'Junior school or less', senior: 'Senior school', college: 'College', bachelor: 'Bachelor',
          postgraduate: 'Postgraduate',
        },
        politicalStatus: {
          member: 'Party member', probationary: 'Probationary member', league: 'Youth League', democratic: 'Democratic party',
          masses: 'Non-party',
        },
        position: {
          secretary: 'Secretary', director: 'Director', deputy: 'Deputy', committee: 'Committee member',
          worker: 'Full-time worker', grid: 'Grid worker',
        },
        status: {
          active: 'Active', trial: 'On trial', acting: 'Acting', seconded: 'Seconded', left: 'Left', dismissed: 'Dismissed',
        },
        qualification: { none: 'None', assistant: 'Assistant social worker', social: 'Social worker', senior: 'Senior social worker' },
        careerStage: stages,
      },
    },
    'party-members': {
      name: 'Party members',
      fields: {
        name: 'Name', phone: 'Mobile', workUnit: 'Work unit', partnerUnit: 'Partner unit', community: 'Community',
        compound: 'Compound', kind: 'Kind', specialties: 'Specialties', commitment: 'Commitment', user: 'Account',
      },
      choices: { kind: { resident: 'Resident member', unit: 'Partner-unit member' } },
    },
    recruitments: {
      name: 'Recruitments',
      fields: { year: 'Year', title: 'Title', kind: 'Kind', planned: 'Planned', announcedAt: 'Announced', hires: 'Hires' },
      choices: { kind: { worker: 'Community workers', grid: 'Grid workers', mixed: 'Workers and grid workers' } },
    },
    'trial-posts': {
      name: 'Trial posts',
      fields: {
        worker: 'Worker', kind: 'Kind', post: 'Post', community: 'Community', startDate: 'Start', endDate: 'End',
        result: 'Result', evaluation: 'Evaluation',
      },
      choices: {
        kind: { trial: 'Trial', acting: 'Acting' },
        result: { excellent: 'Excellent', competent: 'Competent', incompetent: 'Not competent' },
      },
    },
    trainings: {
      name: 'Trainings',
      fields: {
        title: 'Title', level: 'Level', form: 'Form', theme: 'Theme', startDate: 'Start', endDate: 'End',
        hours: 'Hours', organizer: 'Organizer', attendees: 'Attendees',
      },
      choices: { level: levels, form: { outbound: 'Going out', inbound: 'Bringing in' } },
    },
    'degree-programs': {
      name: 'Degree programmes',
      fields: {
        name: 'Name', school: 'School', startYear: 'Start year', endYear: 'End year', tuition: 'Tuition (yuan)',
        subsidyRate: 'Subsidy rate', courses: 'Courses',
      },
    },
    courses: {
      name: 'Courses',
      fields: { name: 'Name', code: 'Code', program: 'Programme', credits: 'Credits', semester: 'Semester', kind: 'Kind' },
      choices: { kind: { compulsory: 'Compulsory', elective: 'Elective' } },
    },
    enrollments: {
      name: 'Enrolments',
      fields: {
        worker: 'Student', program: 'Programme', cohort: 'Cohort', status: 'Status', enrolledAt: 'Enrolled',
        graduatedAt: 'Graduated', diplomaRegistered: 'Diploma registered', tuition: 'Tuition (yuan)',
        subsidy: 'Subsidy (yuan)', educationRaised: 'Education updated',
      },
      choices: { status: { enrolled: 'Enrolled', graduated: 'Graduated', withdrawn: 'Withdrawn' } },
    },
    branches: {
      name: 'Branches and committees',
      fields: {
        name: 'Name', kind: 'Kind', isRed: 'Red committee', compound: 'Compound', establishedAt: 'Established',
        leadWorker: 'Leading worker',
      },
      choices: { kind: { 'party-branch': 'Compound party branch', 'owners-committee': "Owners' committee" } },
    },
    secondments: {
      name: 'Secondments',
      fields: {
        worker: 'Worker', targetOrg: 'Host organisation', targetPost: 'Post', appliedAt: 'Applied', testScore: 'Test score',
        status: 'Status', startDate: 'Start', endDate: 'End', reviewNote: 'Review note', evaluation: 'Evaluation',
      },
      choices: {
        status: {
          applied: 'Applied', tested: 'Tested', approved: 'Approved', rejected: 'Rejected', active: 'Active',
          completed: 'Completed',
        },
      },
    },
    'pay-scales': {
      name: 'Pay tables',
      fields: {
        year: 'Year', title: 'Title', effectiveFrom: 'Effective from', cityAverageWage: 'City average wage (yuan/year)',
        cells: 'Monthly base pay', seniorityPerYear: 'Seniority allowance per year', seniorityCap: 'Seniority allowance cap',
        qualificationAllowances: 'Qualification allowances', rates: 'Insurance and housing fund rates', status: 'Status',
      },
      choices: { status: { draft: 'Draft', approved: 'Approved' } },
    },
    appraisals: {
      name: 'Appraisals',
      fields: {
        worker: 'Worker', year: 'Year', duty: 'Duty', attendance: 'Attendance', excellence: 'Excellence',
        satisfaction: 'Satisfaction', learning: 'Learning', integrity: 'Integrity', taskBoard: 'Task board',
        barsExcellent: 'Bars excellent', barsPass: 'Bars pass', dismissal: 'Dismissal conditions', total: 'Total',
        grade: 'Grade', dismissalRecommended: 'Dismissal recommended', status: 'Status',
        correctionReason: 'Correction reason',
      },
      choices: {
        grade: { excellent: 'Excellent', pass: 'Pass', basic: 'Basic pass', fail: 'Fail' },
        status: { draft: 'Draft', approved: 'Approved' },
      },
    },
    promotions: {
      name: 'Promotions',
      fields: { worker: 'Worker', fromStage: 'From', toStage: 'To', date: 'Date', status: 'Status', reason: 'Reason' },
      choices: {
        fromStage: stages,
        toStage: stages,
        status: { proposed: 'Proposed', approved: 'Approved', rejected: 'Rejected' },
      },
    },
    honours: {
      name: 'Honours',
      fields: {
        title: 'Title', category: 'Category', level: 'Level', year: 'Year', issuer: 'Issued by', worker: 'Awardee (worker)',
        community: 'Awardee (community)', compound: 'Awardee (compound)', partyMember: 'Awardee (party member)',
        partnerUnit: 'Awardee (partner unit)', note: 'Note',
      },
      choices: {
        category: {
          representative: 'Deputy or committee member', 'advanced-collective': 'Advanced collective',
          demonstration: 'Demonstration community/compound', personal: 'Personal honour',
        },
        level: levels,
      },
    },
    stories: {
      name: 'Role-model stories',
      fields: {
        title: 'Title', slug: 'Slug', summary: 'Summary', body: 'Body', cover: 'Cover', subjectWorkers: 'People',
        subjectCommunities: 'Communities', honour: 'Honour', author: 'Author',
      },
    },
    tasks: {
      name: 'Tasks',
      fields: {
        title: 'Title', description: 'Description', category: 'Category', community: 'Community', compound: 'Compound',
        sourceOrg: 'Collected by', reportedAt: 'Reported', reporter: 'Reporter', reporterPhone: 'Reporter phone',
        isUrgent: 'Urgent', difficulty: 'Difficulty', peopleNeeded: 'People needed', hoursNeeded: 'Hours needed',
        needsFunding: 'Needs funding', tier: 'Tier', points: 'Points', board: 'Board', status: 'Status',
        claimantMember: 'Claimed by member', claimantUnit: 'Claimed by unit', claimedAt: 'Claimed', dueAt: 'Due',
        isOverdue: 'Overdue', report: 'Report', doneAt: 'Done on', photos: 'Photos', reviewer: 'Reviewer',
        reviewedAt: 'Reviewed', rejectReason: 'Reject reason', duplicateOf: 'Possible duplicate of',
      },
      choices: {
        category: {
          sanitation: 'Sanitation', elderly: 'Elderly living alone', children: 'Left-behind children',
          facilities: 'Facilities repair', venue: 'Activity space', health: 'Health clinic', habitat: 'Living environment',
          antifraud: 'Anti-fraud outreach', patrol: 'Forest and river patrol', other: 'Other',
        },
        tier: { big: 'Big', small: 'Small' },
        status: {
          collected: 'Collected', triaged: 'Triaged', listed: 'Listed', claimed: 'Claimed', submitted: 'Awaiting approval',
          approved: 'Done', rejected: 'Returned', withdrawn: 'Withdrawn',
        },
      },
    },
    boards: {
      name: 'Boards',
      fields: { issueDate: 'Issue date', number: 'Number', title: 'Title', tasks: 'Tasks', status: 'Status' },
      choices: { status: { open: 'Open', closed: 'Closed' } },
    },
    'points-entries': {
      name: 'Points ledger',
      fields: {
        holderMember: 'Member', holderUnit: 'Unit', task: 'Task', points: 'Points', kind: 'Kind', reason: 'Reason',
        quarter: 'Quarter', author: 'Entered by', entryKey: 'Entry key',
      },
      choices: { kind: { award: 'Award', reversal: 'Reversal', adjustment: 'Adjustment' } },
    },
    'score-publications': {
      name: 'Quarterly scores',
      fields: {
        quarter: 'Quarter', ranking: 'Ranking', status: 'Status', announcedAt: 'Announced',
        objectionDeadline: 'Objection deadline', finalizedAt: 'Finalised',
      },
      choices: { status: { draft: 'Draft', published: 'Published', final: 'Final' } },
    },
    objections: {
      name: 'Objections',
      fields: {
        publication: 'Score table', holderMember: 'Member', holderUnit: 'Unit', reason: 'Reason', status: 'Status',
        resolution: 'Resolution', resolvedAt: 'Resolved',
      },
      choices: { status: { open: 'Open', upheld: 'Upheld', dismissed: 'Dismissed' } },
    },
    showcases: {
      name: 'Monthly showcases',
      fields: { month: 'Month', title: 'Title', summary: 'Counts by category', tasks: 'Done tasks', status: 'Status' },
      choices: { status: { draft: 'Draft', published: 'Published' } },
    },
    commendations: {
      name: 'Commendations',
      fields: {
        year: 'Year', recipientMember: 'Member', recipientUnit: 'Unit', kind: 'Kind', reason: 'Reason', points: 'Points',
        letter: 'Letter', status: 'Status',
      },
      choices: {
        kind: { 'letter-banner': 'Thank-you letter and banner', 'recognition-reward': 'Recognition and reward' },
        status: { proposed: 'Proposed', confirmed: 'Confirmed', declined: 'Declined' },
      },
    },
    'audit-entries': {
      name: 'Audit trail',
      fields: {
        actorId: 'Actor ID', actorName: 'Actor', action: 'Action', resource: 'Resource', recordId: 'Record',
        before: 'Before', after: 'After', at: 'At',
      },
    },
    settings: {
      name: 'District settings',
      fields: { districtName: 'District', referenceDate: 'Reference date' },
    },
  },
};
