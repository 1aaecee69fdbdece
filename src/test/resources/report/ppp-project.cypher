// Recall-report fixture (fictional): 青禾市城北污水处理厂PPP项目 with a turnover in mid-phase
// (分管副市长 陈立 → 王芳 on 2020-05-15, 项目负责人 李明 → 孙丽 on 2020-08-01, 局长 赵强 → 郑华
// on 2022-03-01), a reorganisation
// (市发展计划委员会 → 市发展和改革委员会 on 2019-03-01, SUCCEEDED_BY), a broken commitment with its
// history, an overdue commitment of the abolished body, records, sources; and a quiet project
// (老旧小区改造) with no commitments and no records.
CREATE
  // 文件 (sources)
  (docPlan:Document:Entity {id: 'rp-doc-plan', docNo: '青发改投资〔2018〕5号', title: '青禾市2018年政府投资项目计划', issuedOn: date('2018-02-20')}),
  (docDec1:Document:Entity {id: 'rp-doc-dec1', docNo: '青政发〔2018〕21号', title: '青禾市人民政府关于城北污水处理厂采用PPP模式实施的决定', issuedOn: date('2018-08-20')}),
  (docDec2:Document:Entity {id: 'rp-doc-dec2', docNo: '青政办发〔2020〕18号', title: '关于确定城北污水处理厂PPP项目社会资本方的批复', issuedOn: date('2020-03-10')}),
  (docContract:Document:Entity {id: 'rp-doc-contract', docNo: '青住建合〔2020〕7号', title: '青禾市城北污水处理厂PPP项目合同', issuedOn: date('2020-11-20')}),
  (docRecord:Document:Entity {id: 'rp-doc-record', docNo: '青信用〔2022〕15号', title: '关于将青禾市住房和城乡建设局列入政务失信记录的决定', issuedOn: date('2022-07-15')}),

  // 机关
  (city:Body:Entity {id: 'rp-city', name: '青禾市人民政府', nameEn: 'Qinghe City People\'s Government', kind: 'GOVERNMENT', level: 'CITY', divisionCode: '990100'}),
  (housing:Body:Entity {id: 'rp-housing', name: '青禾市住房和城乡建设局', nameEn: 'Qinghe Housing and Urban-Rural Development Bureau', kind: 'DEPARTMENT', level: 'CITY', uscc: '11990100MB1234560R'}),
  (planOld:Body:Entity {id: 'rp-plan-old', name: '青禾市发展计划委员会', nameEn: 'Qinghe Development Planning Commission', kind: 'DEPARTMENT', level: 'CITY', abolishedOn: date('2019-03-01')}),
  (ndrc:Body:Entity {id: 'rp-ndrc', name: '青禾市发展和改革委员会', nameEn: 'Qinghe Development and Reform Commission', kind: 'DEPARTMENT', level: 'CITY', establishedOn: date('2019-03-01'), uscc: '11990100MB2345671B'}),
  (discipline:Body:Entity {id: 'rp-discipline', name: '青禾市纪委监委', nameEn: 'Qinghe Commission for Discipline Inspection and Supervision', kind: 'SUPERVISORY', level: 'CITY'}),
  (housing)-[:PART_OF {from: date('2010-01-01')}]->(city),
  (planOld)-[:PART_OF {from: date('2010-01-01'), to: date('2019-03-01')}]->(city),
  (ndrc)-[:PART_OF {from: date('2019-03-01')}]->(city),
  (planOld)-[:SUCCEEDED_BY {on: date('2019-03-01'), reason: '机构改革'}]->(ndrc),

  // 企业 / 社会资本
  (company:Company:Entity {id: '91990100MA5QH7XK2Y', name: '青禾碧水环境科技有限公司', nameEn: 'Qinghe Bishui Environmental Technology Co., Ltd.', uscc: '91990100MA5QH7XK2Y'}),

  // 职务 and the leadership chain (分管 lines)
  (mayor:Post:Entity {id: 'rp-po-mayor', title: '市长', titleEn: 'Mayor', principal: true}),
  (vice:Post:Entity {id: 'rp-po-vice-mayor', title: '分管副市长', titleEn: 'Vice Mayor in charge', principal: false}),
  (director:Post:Entity {id: 'rp-po-housing-director', title: '局长', titleEn: 'Director', principal: true}),
  (lead:Post:Entity {id: 'rp-po-project-lead', title: '项目负责人', titleEn: 'Project lead', principal: false}),
  (planHead:Post:Entity {id: 'rp-po-plan-director', title: '主任', titleEn: 'Director', principal: true}),
  (ndrcHead:Post:Entity {id: 'rp-po-ndrc-director', title: '主任', titleEn: 'Director', principal: true}),
  (mayor)-[:IN]->(city), (vice)-[:IN]->(city), (director)-[:IN]->(housing), (lead)-[:IN]->(housing),
  (planHead)-[:IN]->(planOld), (ndrcHead)-[:IN]->(ndrc),
  (vice)-[:REPORTS_TO {from: date('2015-01-01')}]->(mayor),
  (director)-[:REPORTS_TO {from: date('2015-01-01')}]->(vice),
  (lead)-[:REPORTS_TO {from: date('2015-01-01')}]->(director),
  (planHead)-[:REPORTS_TO {from: date('2015-01-01'), to: date('2019-03-01')}]->(vice),
  (ndrcHead)-[:REPORTS_TO {from: date('2019-03-01')}]->(vice),

  // 公职人员 and 任职
  (lin:Person:Entity {id: 'rp-pe-lin-mu', name: '林木', nameEn: 'Lin Mu', gender: 'M'}),
  (zhou:Person:Entity {id: 'rp-pe-zhou-hai', name: '周海', nameEn: 'Zhou Hai', gender: 'M'}),
  (chen:Person:Entity {id: 'rp-pe-chen-li', name: '陈立', nameEn: 'Chen Li', gender: 'M'}),
  (wang:Person:Entity {id: 'rp-pe-wang-fang', name: '王芳', nameEn: 'Wang Fang', gender: 'F'}),
  (zhao:Person:Entity {id: 'rp-pe-zhao-qiang', name: '赵强', nameEn: 'Zhao Qiang', gender: 'M'}),
  (zheng:Person:Entity {id: 'rp-pe-zheng-hua', name: '郑华', nameEn: 'Zheng Hua', gender: 'F'}),
  (li:Person:Entity {id: 'rp-pe-li-ming', name: '李明', nameEn: 'Li Ming', gender: 'M'}),
  (sun:Person:Entity {id: 'rp-pe-sun-li', name: '孙丽', nameEn: 'Sun Li', gender: 'F'}),
  (liu:Person:Entity {id: 'rp-pe-liu-yang', name: '刘洋', nameEn: 'Liu Yang', gender: 'M'}),
  (wu:Person:Entity {id: 'rp-pe-wu-gang', name: '吴刚', nameEn: 'Wu Gang', gender: 'M'}),
  (other:Person:Entity {id: 'rp-pe-other', name: '钱多', nameEn: 'Qian Duo', gender: 'M'}),
  (lin)-[:HELD {from: date('2016-01-10'), to: date('2021-06-30')}]->(mayor),
  (zhou)-[:HELD {from: date('2021-06-30')}]->(mayor),
  (chen)-[:HELD {from: date('2017-01-01'), to: date('2020-05-15')}]->(vice),
  (wang)-[:HELD {from: date('2020-05-15')}]->(vice),
  (zhao)-[:HELD {from: date('2015-06-01'), to: date('2022-03-01')}]->(director),
  (zheng)-[:HELD {from: date('2022-03-01')}]->(director),
  (li)-[:HELD {from: date('2018-01-01'), to: date('2020-08-01')}]->(lead),
  (sun)-[:HELD {from: date('2020-08-01')}]->(lead),
  (liu)-[:HELD {from: date('2016-01-01'), to: date('2019-03-01')}]->(planHead),
  (liu)-[:HELD {from: date('2019-03-01'), to: date('2022-01-01')}]->(ndrcHead),
  (wu)-[:HELD {from: date('2022-01-01')}]->(ndrcHead),

  // 项目 and its phases
  (ppp:Project:Entity {id: 'rp-proj-ppp', name: '青禾市城北污水处理厂PPP项目', nameEn: 'Qinghe North Wastewater Treatment Plant PPP', kind: 'PPP', phase: 'EXECUTION', status: 'ACTIVE', budget: 350000000.0, currency: 'CNY', startedOn: date('2018-03-01'), description: '日处理能力10万吨的污水处理厂,建设-运营-移交(BOT)模式,合作期30年。'}),
  (ppp)-[:OWNED_BY]->(housing),
  (ppp)-[:SOURCED_FROM]->(docPlan),
  (ident:Phase:Entity {id: 'rp-ph-ident', stage: 'IDENTIFICATION', from: date('2018-03-01'), to: date('2018-09-01')}),
  (prep:Phase:Entity {id: 'rp-ph-prep', stage: 'PREPARATION', from: date('2018-09-01'), to: date('2019-06-01')}),
  (proc:Phase:Entity {id: 'rp-ph-proc', stage: 'PROCUREMENT', from: date('2019-06-01'), to: date('2020-12-31')}),
  (exec:Phase:Entity {id: 'rp-ph-exec', stage: 'EXECUTION', from: date('2020-12-31')}),
  (ppp)-[:HAS_PHASE]->(ident), (ppp)-[:HAS_PHASE]->(prep), (ppp)-[:HAS_PHASE]->(proc), (ppp)-[:HAS_PHASE]->(exec),
  (ident)-[:RESPONSIBLE {role: 'PRINCIPAL'}]->(mayor),
  (ident)-[:RESPONSIBLE {role: 'RESPONSIBLE_OFFICER'}]->(li),
  (prep)-[:RESPONSIBLE {role: 'IN_CHARGE'}]->(vice),
  (prep)-[:RESPONSIBLE {role: 'RESPONSIBLE_OFFICER', from: date('2018-09-01'), to: date('2019-03-01')}]->(planHead),
  (prep)-[:RESPONSIBLE {role: 'RESPONSIBLE_OFFICER', from: date('2019-03-01'), to: date('2019-06-01')}]->(ndrcHead),
  (proc)-[:RESPONSIBLE {role: 'IN_CHARGE'}]->(vice),
  (proc)-[:RESPONSIBLE {role: 'RESPONSIBLE_OFFICER'}]->(lead),
  (exec)-[:RESPONSIBLE {role: 'GOVERNMENT_REPRESENTATIVE'}]->(director),
  (exec)-[:RESPONSIBLE {role: 'RESPONSIBLE_OFFICER'}]->(lead),

  // 重大决策
  (dec1:Decision:Entity {id: 'rp-dec-ppp-mode', docNo: '青政发〔2018〕21号', title: '关于城北污水处理厂采用PPP模式实施的决定', decidedOn: date('2018-08-20'), summary: '同意采用PPP模式,由市住房和城乡建设局作为实施机构。'}),
  (dec2:Decision:Entity {id: 'rp-dec-partner', docNo: '青政办发〔2020〕18号', title: '关于确定城北污水处理厂PPP项目社会资本方的批复', decidedOn: date('2020-03-10')}),
  (dec1)-[:ON]->(ppp), (dec2)-[:ON]->(ppp),
  (dec1)-[:DECIDED_BY]->(city), (dec1)-[:DECIDED_BY]->(lin),
  (dec2)-[:DECIDED_BY]->(chen),
  (dec1)-[:SOURCED_FROM]->(docDec1), (dec2)-[:SOURCED_FROM]->(docDec2),

  // 合同
  (contract:Contract:Entity {id: 'rp-con-ppp', title: '青禾市城北污水处理厂PPP项目合同', kind: 'PPP', value: 350000000.0, currency: 'CNY', signedOn: date('2020-11-20'), validFrom: date('2020-12-31'), validTo: date('2050-12-31')}),
  (contract)-[:FOR]->(ppp),
  (contract)-[:PARTY {role: 'GRANTOR'}]->(housing),
  (contract)-[:PARTY {role: 'PRIVATE_PARTY'}]->(company),
  (contract)-[:SIGNED_BY {on: date('2020-11-20')}]->(wang),
  (contract)-[:SOURCED_FROM]->(docContract),

  // 承诺
  (subsidy:Commitment:Entity {id: 'rp-com-subsidy', title: '按季度足额支付可行性缺口补助', kind: 'PAYMENT', status: 'BROKEN', madeOn: date('2020-11-20'), dueOn: date('2021-12-31'), amount: 12000000.0, currency: 'CNY'}),
  (housing)-[:MADE]->(subsidy),
  (subsidy)-[:SIGNED_BY {on: date('2020-11-20')}]->(wang),
  (subsidy)-[:UNDER]->(contract), (subsidy)-[:FOR]->(ppp), (subsidy)-[:TO]->(company),
  (subsidy)-[:SOURCED_FROM]->(docContract),
  (subsidy)-[:HAS_EVENT]->(:CommitmentEvent:Entity {id: 'rp-ce-subsidy-1', status: 'PENDING', on: date('2020-11-20'), actor: '青禾市住房和城乡建设局', reason: '合同签订'}),
  (subsidy)-[:HAS_EVENT]->(:CommitmentEvent:Entity {id: 'rp-ce-subsidy-2', status: 'OVERDUE', on: date('2022-01-01'), actor: '青禾市财政局', reason: '未按期拨付'}),
  (subsidy)-[:HAS_EVENT]->(:CommitmentEvent:Entity {id: 'rp-ce-subsidy-3', status: 'BROKEN', on: date('2022-06-30'), actor: '青禾市发展和改革委员会', reason: '催告后仍未支付'}),
  (land:Commitment:Entity {id: 'rp-com-land', title: '2019年6月底前完成项目用地征收并交付', kind: 'POLICY', status: 'OVERDUE', madeOn: date('2018-12-01'), dueOn: date('2019-06-30')}),
  (planOld)-[:MADE]->(land),
  (land)-[:SIGNED_BY {on: date('2018-12-01')}]->(liu),
  (land)-[:FOR]->(ppp), (land)-[:TO]->(company),
  (land)-[:HAS_EVENT]->(:CommitmentEvent:Entity {id: 'rp-ce-land-1', status: 'PENDING', on: date('2018-12-01')}),
  (land)-[:HAS_EVENT]->(:CommitmentEvent:Entity {id: 'rp-ce-land-2', status: 'OVERDUE', on: date('2019-07-01'), actor: '青禾市发展和改革委员会', reason: '征收未完成'}),
  (permit:Commitment:Entity {id: 'rp-com-permit', title: '项目审批事项15个工作日内办结', kind: 'SERVICE', status: 'FULFILLED', madeOn: date('2018-09-10'), dueOn: date('2019-05-31')}),
  (housing)-[:MADE]->(permit),
  (permit)-[:FOR]->(ppp),
  (permit)-[:HAS_EVENT]->(:CommitmentEvent:Entity {id: 'rp-ce-permit-1', status: 'FULFILLED', on: date('2019-05-20')}),

  // 诚信记录
  (rec1:Record:Entity {id: 'rp-rec-broken', kind: 'BROKEN_COMMITMENT', severity: 'SERIOUS', status: 'RECORDED', title: '青禾市住房和城乡建设局未按约支付可行性缺口补助', docNo: '青信用〔2022〕15号', decidedOn: date('2022-07-15'), disclosureUntil: date('2025-07-15'), summary: '拖欠社会资本方可行性缺口补助1200万元。'}),
  (rec1)-[:AGAINST]->(housing), (rec1)-[:ISSUED_BY]->(ndrc), (rec1)-[:CONCERNS]->(subsidy),
  (rec1)-[:SOURCED_FROM]->(docRecord),
  (rec1)-[:HAS_EVENT]->(:RecordEvent:Entity {id: 'rp-re-broken-1', kind: 'RECORDED', on: date('2022-07-15'), actor: '青禾市发展和改革委员会'}),
  (rec1)-[:HAS_EVENT]->(:RecordEvent:Entity {id: 'rp-re-broken-2', kind: 'OBJECTION_FILED', on: date('2022-08-01'), actor: '青禾市住房和城乡建设局', reason: '补助已列入下年度预算'}),
  (rec1)-[:HAS_EVENT]->(:RecordEvent:Entity {id: 'rp-re-broken-3', kind: 'OBJECTION_REJECTED', on: date('2022-09-01'), actor: '青禾市发展和改革委员会', reason: '预算安排不构成履约'}),
  (rec2:Record:Entity {id: 'rp-rec-li-ming', kind: 'ACCOUNTABILITY_ACTION', severity: 'GENERAL', status: 'RECORDED', title: '李明在采购环节履职不力被问责', docNo: '青纪发〔2021〕9号', decidedOn: date('2021-03-05')}),
  (rec2)-[:AGAINST]->(li), (rec2)-[:ISSUED_BY]->(discipline),
  (rec2)-[:HAS_EVENT]->(:RecordEvent:Entity {id: 'rp-re-li-1', kind: 'RECORDED', on: date('2021-03-05'), actor: '青禾市纪委监委'}),
  (rec3:Record:Entity {id: 'rp-rec-other', kind: 'DISCIPLINARY_SANCTION', severity: 'MINOR', status: 'RECORDED', title: '与本项目无关的记录', docNo: '青纪发〔2021〕99号', decidedOn: date('2021-04-01')}),
  (rec3)-[:AGAINST]->(other), (rec3)-[:ISSUED_BY]->(discipline),

  // A quiet project: no contracts, commitments or records
  (quiet:Project:Entity {id: 'rp-proj-quiet', name: '青禾市老旧小区改造项目', nameEn: 'Qinghe Old Residential Area Renovation', kind: 'GOVERNMENT_INVESTMENT', phase: 'APPROVAL', status: 'PLANNED', budget: 8000000.0, currency: 'CNY', startedOn: date('2023-01-01')}),
  (quiet)-[:OWNED_BY]->(housing),
  (approval:Phase:Entity {id: 'rp-ph-quiet-approval', stage: 'APPROVAL', from: date('2023-01-01')}),
  (quiet)-[:HAS_PHASE]->(approval),
  (approval)-[:RESPONSIBLE {role: 'PRINCIPAL'}]->(director);
