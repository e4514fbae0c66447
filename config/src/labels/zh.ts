import type { Catalog } from './types';

const levels = { national: '国家级', provincial: '省级', municipal: '市级', district: '区级', town: '镇级' };
const stages = { worker: '社区专职工作者', cadre: '社区“两委”干部', township: '乡镇副科级领导' };

export const zh: Catalog = {
  common: { id: '编号', createdAt: '创建时间', updatedAt: '更新时间', publishedAt: '发布时间' },
  groups: {
    dashboard: '工作台',
    organisation: '雁阵齐飞',
    training: '充电赋能',
    incentives: '激励关爱',
    board: '五亮五共',
    system: '系统管理',
  },
  resources: {
    towns: {
      name: '乡镇（街道）',
      fields: { name: '名称', code: '代码', kind: '类型', communities: '所辖社区' },
      choices: { kind: { town: '镇', subdistrict: '街道' } },
    },
    communities: {
      name: '社区',
      fields: {
        name: '名称', code: '社区代码', town: '所属乡镇（街道）', areaKm2: '辖区面积（平方公里）',
        population: '常住人口', households: '户数', securityLevel: '治安状况', address: '地址',
      },
      choices: { securityLevel: { stable: '平稳', general: '一般', complex: '复杂' } },
    },
    grids: {
      name: '网格',
      fields: { name: '名称', code: '网格编号', community: '所属社区', households: '户数' },
    },
    compounds: {
      name: '小区',
      fields: {
        name: '名称', community: '所属社区', grid: '所属网格', address: '地址', households: '户数',
        buildings: '楼栋数',
      },
    },
    'partner-units': {
      name: '包联单位',
      fields: { name: '单位名称', contact: '联络人', phone: '联系电话', address: '地址', communities: '包联社区' },
    },
    workers: {
      name: '社区工作者',
      fields: {
        name: '姓名', gender: '性别', birthDate: '出生日期', idNumber: '身份证号', phone: '手机号',
        education: '学历', politicalStatus: '政治面貌', isVeteran: '退役军人', isReturningGraduate: '返乡高校毕业生',
        community: '所在社区', grid: '所在网格', position: '岗位', isConcurrent: '书记主任一肩挑',
        postTier: '岗位等级（四岗）', payLevel: '薪级（八级）', hireDate: '入职日期', status: '在岗状态',
        recruitment: '招聘批次', qualification: '职业资格', isReserve: '后备干部', mentor: '帮带导师',
        mentees: '帮带对象', careerStage: '成长阶段',
      },
      choices: {
        gender: { male: '男', female: '女' },
        education: { junior: '初中及以下', senior: '高中/中专', college: '大专', bachelor: '本科', postgraduate: '研究生' },
        politicalStatus: { member: '中共党员', probationary: '中共预备党员', league: '共青团员', democratic: '民主党派', masses: '群众' },
        position: {
          secretary: '书记', director: '主任', deputy: '副书记/副主任', committee: '两委委员',
          worker: '专职社区工作者', grid: '专职网格员',
        },
        status: { active: '在岗', trial: '试岗', acting: '顶岗', seconded: '挂职', left: '离职', dismissed: '解聘' },
        qualification: { none: '无', assistant: '助理社会工作师', social: '社会工作师', senior: '高级社会工作师' },
        careerStage: stages,
      },
    },
    'party-members': {
      name: '党员',
      fields: {
        name: '姓名', phone: '手机号', workUnit: '所在单位', partnerUnit: '包联单位', community: '居住社区',
        compound: '居住小区', kind: '党员类型', specialties: '特长', commitment: '承诺（亮承诺）', user: '登录账号',
      },
      choices: { kind: { resident: '居住地党员', unit: '包联单位党员' } },
    },
    recruitments: {
      name: '招聘批次',
      fields: { year: '年度', title: '批次名称', kind: '招聘类别', planned: '计划人数', announcedAt: '公告日期', hires: '录用人员' },
      choices: { kind: { worker: '专职社区工作者', grid: '专职网格员', mixed: '社区工作者和网格员' } },
    },
    'trial-posts': {
      name: '试岗顶岗',
      fields: {
        worker: '人员', kind: '方式', post: '岗位', community: '社区', startDate: '开始日期', endDate: '结束日期',
        result: '评价结果', evaluation: '评价意见',
      },
      choices: {
        kind: { trial: '试岗', acting: '顶岗' },
        result: { excellent: '优秀', competent: '称职', incompetent: '不称职' },
      },
    },
    trainings: {
      name: '培训',
      fields: {
        title: '培训名称', level: '培训层级', form: '培训形式', theme: '主题', startDate: '开始日期',
        endDate: '结束日期', hours: '学时', organizer: '主办单位', attendees: '参训人员',
      },
      choices: { level: levels, form: { outbound: '走出去', inbound: '请进来' } },
    },
    'degree-programs': {
      name: '学历提升项目',
      fields: {
        name: '项目名称', school: '办学学校', startYear: '开始年度', endYear: '结束年度', tuition: '学费（元/人）',
        subsidyRate: '补贴比例', courses: '课程',
      },
    },
    courses: {
      name: '课程',
      fields: { name: '课程名称', code: '课程代码', program: '所属项目', credits: '学分', semester: '学期', kind: '课程类别' },
      choices: { kind: { compulsory: '必修', elective: '选修' } },
    },
    enrollments: {
      name: '学历提升学员',
      fields: {
        worker: '学员', program: '项目', cohort: '批次', status: '学籍状态', enrolledAt: '入学日期',
        graduatedAt: '毕业日期', diplomaRegistered: '毕业证已电子注册', tuition: '学费（元）', subsidy: '补贴金额（元）',
        educationRaised: '学历已更新',
      },
      choices: { status: { enrolled: '在读', graduated: '已毕业', withdrawn: '已退学' } },
    },
    branches: {
      name: '小区党支部/业委会',
      fields: {
        name: '名称', kind: '类型', isRed: '红色业委会', compound: '所在小区', establishedAt: '成立日期',
        leadWorker: '领办社区工作者',
      },
      choices: { kind: { 'party-branch': '小区党支部', 'owners-committee': '业主委员会' } },
    },
    secondments: {
      name: '挂职锻炼',
      fields: {
        worker: '人员', targetOrg: '挂职单位', targetPost: '挂职岗位', appliedAt: '申请日期', testScore: '综合测试成绩',
        status: '状态', startDate: '开始日期', endDate: '结束日期', reviewNote: '审核意见', evaluation: '期满评价',
      },
      choices: {
        status: {
          applied: '已申请', tested: '已测试', approved: '已批准', rejected: '未通过', active: '挂职中', completed: '已期满',
        },
      },
    },
    'pay-scales': {
      name: '薪酬标准（四岗八级）',
      fields: {
        year: '年度', title: '名称', effectiveFrom: '执行日期', cityAverageWage: '全市城镇单位就业人员平均工资（元/年）',
        cells: '月基本报酬表', seniorityPerYear: '年限补贴（元/年·月）', seniorityCap: '年限补贴上限（元/月）',
        qualificationAllowances: '职业津贴', rates: '五险一金比例', status: '状态',
      },
      choices: { status: { draft: '草稿', approved: '已批准' } },
    },
    appraisals: {
      name: '年度考核',
      fields: {
        worker: '被考核人', year: '年度', duty: '履职尽责', attendance: '岗位出勤', excellence: '创先争优',
        satisfaction: '群众满意', learning: '学习培训', integrity: '廉洁自律', taskBoard: '揭榜领单',
        barsExcellent: '不得评为优秀情形', barsPass: '不得评为合格情形', dismissal: '解聘退出情形', total: '总分',
        grade: '等次', dismissalRecommended: '建议解聘', status: '状态', correctionReason: '更正理由',
      },
      choices: {
        grade: { excellent: '优秀', pass: '合格', basic: '基本合格', fail: '不合格' },
        status: { draft: '草稿', approved: '已审定' },
      },
    },
    promotions: {
      name: '职业晋升',
      fields: { worker: '人员', fromStage: '原阶段', toStage: '晋升至', date: '日期', status: '状态', reason: '理由' },
      choices: {
        fromStage: stages,
        toStage: stages,
        status: { proposed: '已提议', approved: '已批准', rejected: '未批准' },
      },
    },
    honours: {
      name: '荣誉',
      fields: {
        title: '荣誉名称', category: '类别', level: '级别', year: '年度', issuer: '授予单位', worker: '获得者（社区工作者）',
        community: '获得者（社区）', compound: '获得者（小区）', partyMember: '获得者（党员）',
        partnerUnit: '获得者（包联单位）', note: '备注',
      },
      choices: {
        category: {
          representative: '两代表一委员', 'advanced-collective': '先进集体', demonstration: '治理示范社区/小区',
          personal: '个人荣誉',
        },
        level: levels,
      },
    },
    stories: {
      name: '榜样故事',
      fields: {
        title: '标题', slug: '网址别名', summary: '摘要', body: '正文', cover: '封面图', subjectWorkers: '故事人物',
        subjectCommunities: '相关社区', honour: '相关荣誉', author: '作者',
      },
    },
    tasks: {
      name: '民生实事任务',
      fields: {
        title: '任务名称', description: '问题描述', category: '类别', community: '社区', compound: '小区',
        sourceOrg: '收集渠道', reportedAt: '反映日期', reporter: '反映人', reporterPhone: '反映人电话',
        isUrgent: '急难愁盼', difficulty: '难易程度', peopleNeeded: '所需人数', hoursNeeded: '所需工时',
        needsFunding: '需资金物资', tier: '榜单类别', points: '积分', board: '榜单期次', status: '状态',
        claimantMember: '揭榜党员', claimantUnit: '揭榜单位', claimedAt: '揭榜时间', dueAt: '办结期限',
        isOverdue: '已逾期', report: '办理情况', doneAt: '办结日期', photos: '现场照片', reviewer: '验收人',
        reviewedAt: '验收时间', rejectReason: '退回理由', duplicateOf: '疑似重复',
      },
      choices: {
        category: {
          sanitation: '环境卫生', elderly: '关爱空巢老人', children: '关爱留守儿童', facilities: '设施修缮',
          venue: '活动场地', health: '健康义诊', habitat: '人居环境修复', antifraud: '反诈宣传', patrol: '护林巡河',
          other: '其他',
        },
        tier: { big: '大榜', small: '小榜' },
        status: {
          collected: '已收集', triaged: '已分级', listed: '已张榜', claimed: '已揭榜', submitted: '待验收',
          approved: '已办结', rejected: '已退回', withdrawn: '已撤榜',
        },
      },
    },
    boards: {
      name: '榜单期次',
      fields: { issueDate: '张榜日期', number: '期次', title: '标题', tasks: '上榜任务', status: '状态' },
      choices: { status: { open: '进行中', closed: '已结束' } },
    },
    'points-entries': {
      name: '积分台账',
      fields: {
        holderMember: '党员', holderUnit: '包联单位', task: '任务', points: '积分', kind: '类型', reason: '事由',
        quarter: '季度', author: '记账人', entryKey: '记账键',
      },
      choices: { kind: { award: '奖励', reversal: '冲销', adjustment: '调整' } },
    },
    'score-publications': {
      name: '季度积分公示',
      fields: {
        quarter: '季度', ranking: '排名', status: '状态', announcedAt: '公示时间', objectionDeadline: '异议截止',
        finalizedAt: '定稿时间',
      },
      choices: { status: { draft: '草稿', published: '公示中', final: '已定稿' } },
    },
    objections: {
      name: '积分异议',
      fields: {
        publication: '公示', holderMember: '党员', holderUnit: '包联单位', reason: '异议理由', status: '状态',
        resolution: '处理意见', resolvedAt: '处理时间',
      },
      choices: { status: { open: '待处理', upheld: '异议成立', dismissed: '异议不成立' } },
    },
    showcases: {
      name: '月度成果晾晒',
      fields: { month: '月份', title: '标题', summary: '分类统计', tasks: '办结任务', status: '状态' },
      choices: { status: { draft: '草稿', published: '已发布' } },
    },
    commendations: {
      name: '年度表彰',
      fields: {
        year: '年度', recipientMember: '党员', recipientUnit: '包联单位', kind: '表彰方式', reason: '事迹',
        points: '年度积分', letter: '表扬信', status: '状态',
      },
      choices: {
        kind: { 'letter-banner': '感谢信+锦旗', 'recognition-reward': '精神鼓励+物质奖励' },
        status: { proposed: '候选', confirmed: '已确认', declined: '未通过' },
      },
    },
    'audit-entries': {
      name: '操作日志',
      fields: {
        actorId: '操作人编号', actorName: '操作人', action: '操作', resource: '资源', recordId: '记录编号',
        before: '修改前', after: '修改后', at: '时间',
      },
    },
    settings: {
      name: '区级设置',
      fields: { districtName: '区名', referenceDate: '统计基准日' },
    },
  },
};
