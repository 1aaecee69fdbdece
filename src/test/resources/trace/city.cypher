// 青禾市 (fictional): a city government, two departments, a reorganisation, a PPP project, a broken
// payment commitment and two records. Every test of the trace queries states its expected answer
// against this graph, so change it only together with the tests.
//
// Reporting lines (REPORTS_TO):
//   发改委副主任 -> 发改委主任 (2015-01-01 ..)
//   发改委主任   -> 副市长甲 [2015-01-01, 2020-01-01), then -> 副市长乙 (2020-01-01 ..)   分工调整
//   财政局局长   -> 副市长乙 (2015-01-01 ..)
//   副市长甲, 副市长乙 -> 市长 (2015-01-01 ..)
//   发改局局长   -> 副市长乙 (2022-01-01 ..)
// Tenures (HELD):
//   市长: 林木 [2016-01-10, 2021-06-30), vacant, 赵山 [2021-07-15 ..)
//   副市长甲: 王平 [2015-01-01, 2022-01-01);  副市长乙: 李清 [2015-01-01 ..)
//   发改委主任: 陈东 [2015-01-01, 2019-03-01), 孙北 [2019-03-01, 2022-01-01)
//   发改委副主任: 何西 [2018-06-01, 2022-01-01) concurrently with 财政局局长: 何西 [2018-01-01 ..)
//   发改委总经济师: 周南 [2016-01-01, 2022-01-01);  发改局总经济师: 吴中 [2022-01-01 ..)
//   发改局局长: 钱江 [2022-01-01 ..)
// Reorganisation: 发改委 SUCCEEDED_BY 发改局 on 2022-01-01.
// A reporting cycle in 循环办: 甲岗 -> 乙岗 -> 丙岗 -> 乙岗.
CREATE (city:Entity:Body {id: 'bd-city', name: '青禾市人民政府', kind: 'GOVERNMENT', level: 'CITY', divisionCode: '990100'})
CREATE (fgw:Entity:Body {id: 'bd-fgw', name: '青禾市发展和改革委员会', kind: 'DEPARTMENT', level: 'CITY', abolishedOn: date('2022-01-01')})
CREATE (fgj:Entity:Body {id: 'bd-fgj', name: '青禾市发展和改革局', kind: 'DEPARTMENT', level: 'CITY', establishedOn: date('2022-01-01')})
CREATE (czj:Entity:Body {id: 'bd-czj', name: '青禾市财政局', kind: 'DEPARTMENT', level: 'CITY'})
CREATE (court:Entity:Body {id: 'bd-court', name: '青禾市中级人民法院', kind: 'COURT', level: 'CITY'})
CREATE (loop:Entity:Body {id: 'bd-loop', name: '循环办', kind: 'PUBLIC_INSTITUTION'})
CREATE (fgw)-[:PART_OF {from: date('2010-01-01'), to: date('2022-01-01')}]->(city)
CREATE (fgj)-[:PART_OF {from: date('2022-01-01')}]->(city)
CREATE (czj)-[:PART_OF {from: date('2010-01-01')}]->(city)
CREATE (fgw)-[:SUCCEEDED_BY {on: date('2022-01-01'), reason: '机构改革'}]->(fgj)

CREATE (mayor:Entity:Post {id: 'po-mayor', title: '市长', principal: true})-[:IN]->(city)
CREATE (vmA:Entity:Post {id: 'po-vm-a', title: '副市长(甲)', principal: false})-[:IN]->(city)
CREATE (vmB:Entity:Post {id: 'po-vm-b', title: '副市长(乙)', principal: false})-[:IN]->(city)
CREATE (fgwDir:Entity:Post {id: 'po-fgw-director', title: '主任', principal: true})-[:IN]->(fgw)
CREATE (fgwDep:Entity:Post {id: 'po-fgw-deputy', title: '副主任', principal: false})-[:IN]->(fgw)
CREATE (fgwEco:Entity:Post {id: 'po-fgw-economist', title: '总经济师', principal: false})-[:IN]->(fgw)
CREATE (fgjDir:Entity:Post {id: 'po-fgj-director', title: '局长', principal: true})-[:IN]->(fgj)
CREATE (fgjEco:Entity:Post {id: 'po-fgj-economist', title: '总经济师', principal: false})-[:IN]->(fgj)
CREATE (czjDir:Entity:Post {id: 'po-czj-director', title: '局长', principal: true})-[:IN]->(czj)
CREATE (judge:Entity:Post {id: 'po-court-president', title: '院长', principal: true})-[:IN]->(court)
CREATE (x1:Entity:Post {id: 'po-loop-1', title: '甲岗', principal: false})-[:IN]->(loop)
CREATE (x2:Entity:Post {id: 'po-loop-2', title: '乙岗', principal: false})-[:IN]->(loop)
CREATE (x3:Entity:Post {id: 'po-loop-3', title: '丙岗', principal: true})-[:IN]->(loop)

CREATE (vmA)-[:REPORTS_TO {from: date('2015-01-01')}]->(mayor)
CREATE (vmB)-[:REPORTS_TO {from: date('2015-01-01')}]->(mayor)
CREATE (fgwDir)-[:REPORTS_TO {from: date('2015-01-01'), to: date('2020-01-01')}]->(vmA)
CREATE (fgwDir)-[:REPORTS_TO {from: date('2020-01-01')}]->(vmB)
CREATE (fgwDep)-[:REPORTS_TO {from: date('2015-01-01')}]->(fgwDir)
CREATE (fgwEco)-[:REPORTS_TO {from: date('2015-01-01')}]->(fgwDir)
CREATE (czjDir)-[:REPORTS_TO {from: date('2015-01-01')}]->(vmB)
CREATE (fgjDir)-[:REPORTS_TO {from: date('2022-01-01')}]->(vmB)
CREATE (fgjEco)-[:REPORTS_TO {from: date('2022-01-01')}]->(fgjDir)
CREATE (x1)-[:REPORTS_TO {from: date('2015-01-01')}]->(x2)
CREATE (x2)-[:REPORTS_TO {from: date('2015-01-01')}]->(x3)
CREATE (x3)-[:REPORTS_TO {from: date('2015-01-01')}]->(x2)

CREATE (linMu:Entity:Person {id: 'pe-lin-mu', name: '林木', nameEn: 'Lin Mu'})
CREATE (zhao:Entity:Person {id: 'pe-zhao-shan', name: '赵山', nameEn: 'Zhao Shan'})
CREATE (wang:Entity:Person {id: 'pe-wang-ping', name: '王平', nameEn: 'Wang Ping'})
CREATE (li:Entity:Person {id: 'pe-li-qing', name: '李清', nameEn: 'Li Qing'})
CREATE (chen:Entity:Person {id: 'pe-chen-dong', name: '陈东', nameEn: 'Chen Dong'})
CREATE (sun:Entity:Person {id: 'pe-sun-bei', name: '孙北', nameEn: 'Sun Bei'})
CREATE (he:Entity:Person {id: 'pe-he-xi', name: '何西', nameEn: 'He Xi'})
CREATE (zhou:Entity:Person {id: 'pe-zhou-nan', name: '周南', nameEn: 'Zhou Nan'})
CREATE (wu:Entity:Person {id: 'pe-wu-zhong', name: '吴中', nameEn: 'Wu Zhong'})
CREATE (qian:Entity:Person {id: 'pe-qian-jiang', name: '钱江', nameEn: 'Qian Jiang'})
CREATE (loopA:Entity:Person {id: 'pe-loop', name: '环甲', nameEn: 'Huan Jia'})

CREATE (linMu)-[:HELD {from: date('2016-01-10'), to: date('2021-06-30')}]->(mayor)
CREATE (zhao)-[:HELD {from: date('2021-07-15')}]->(mayor)
CREATE (wang)-[:HELD {from: date('2015-01-01'), to: date('2022-01-01')}]->(vmA)
CREATE (li)-[:HELD {from: date('2015-01-01')}]->(vmB)
CREATE (chen)-[:HELD {from: date('2015-01-01'), to: date('2019-03-01')}]->(fgwDir)
CREATE (sun)-[:HELD {from: date('2019-03-01'), to: date('2022-01-01')}]->(fgwDir)
CREATE (he)-[:HELD {from: date('2018-01-01')}]->(czjDir)
CREATE (he)-[:HELD {from: date('2018-06-01'), to: date('2022-01-01')}]->(fgwDep)
CREATE (zhou)-[:HELD {from: date('2016-01-01'), to: date('2022-01-01')}]->(fgwEco)
CREATE (wu)-[:HELD {from: date('2022-01-01')}]->(fgjEco)
CREATE (qian)-[:HELD {from: date('2022-01-01')}]->(fgjDir)
CREATE (loopA)-[:HELD {from: date('2015-01-01')}]->(x1)

// 青禾市污水处理PPP项目, implemented by 发改委.
CREATE (project:Entity:Project {id: 'pj-sewage', name: '青禾市污水处理PPP项目', kind: 'PPP', phase: 'EXECUTION', status: 'ACTIVE', budget: 120000000.0, startedOn: date('2017-01-01')})-[:OWNED_BY]->(fgw)
CREATE (project)-[:HAS_PHASE]->(ident:Entity:Phase {id: 'ph-sewage-1', stage: 'IDENTIFICATION', from: date('2017-01-01'), to: date('2018-01-01')})
CREATE (project)-[:HAS_PHASE]->(prep:Entity:Phase {id: 'ph-sewage-2', stage: 'PREPARATION', from: date('2018-01-01'), to: date('2019-06-01')})
CREATE (project)-[:HAS_PHASE]->(proc:Entity:Phase {id: 'ph-sewage-3', stage: 'PROCUREMENT', from: date('2019-06-01'), to: date('2020-06-01')})
CREATE (project)-[:HAS_PHASE]->(exec:Entity:Phase {id: 'ph-sewage-4', stage: 'EXECUTION', from: date('2020-06-01')})
CREATE (project)-[:HAS_PHASE]->(:Entity:Phase {id: 'ph-sewage-5', stage: 'TRANSFER', from: date('2040-06-01')})
CREATE (ident)-[:RESPONSIBLE {role: 'IN_CHARGE'}]->(vmA)
CREATE (ident)-[:RESPONSIBLE {role: 'RESPONSIBLE_OFFICER'}]->(fgwDir)
CREATE (prep)-[:RESPONSIBLE {role: 'RESPONSIBLE_OFFICER'}]->(fgwDir)
CREATE (proc)-[:RESPONSIBLE {role: 'GOVERNMENT_REPRESENTATIVE', from: date('2019-06-01'), to: date('2020-06-01')}]->(he)
CREATE (exec)-[:RESPONSIBLE {role: 'RESPONSIBLE_OFFICER'}]->(fgwDir)

CREATE (decision:Entity:Decision {id: 'dc-sewage', docNo: '青政发〔2018〕12号', title: '关于实施污水处理PPP项目的决定', decidedOn: date('2018-03-01')})-[:ON]->(project)
CREATE (decision)-[:DECIDED_BY]->(city)
CREATE (decision)-[:DECIDED_BY]->(linMu)

CREATE (water:Entity:Company {id: '91990100MA0000001X', name: '青禾水务有限公司', uscc: '91990100MA0000001X'})
CREATE (contract:Entity:Contract {id: 'ct-sewage', title: '污水处理PPP项目合同', kind: 'PPP', value: 120000000.0, signedOn: date('2019-12-01')})-[:FOR]->(project)
CREATE (contract)-[:PARTY {role: 'GRANTOR'}]->(fgw)
CREATE (contract)-[:PARTY {role: 'PRIVATE_PARTY'}]->(water)
CREATE (contract)-[:SIGNED_BY {on: date('2019-12-01')}]->(sun)

// 工程款: promised by 发改委, signed by its 总经济师 周南, due 2021-12-31, overdue from 2022-01-01, broken.
CREATE (payment:Entity:Commitment {id: 'cm-payment', title: '按期支付可行性缺口补助', kind: 'PAYMENT', status: 'BROKEN', madeOn: date('2019-12-01'), dueOn: date('2021-12-31'), amount: 8000000.0})
CREATE (fgw)-[:MADE]->(payment)
CREATE (payment)-[:SIGNED_BY {on: date('2019-12-01')}]->(zhou)
CREATE (payment)-[:UNDER]->(contract)
CREATE (payment)-[:TO]->(water)
CREATE (payment)-[:HAS_EVENT]->(:Entity:CommitmentEvent {id: 'ce-payment-1', status: 'OVERDUE', on: date('2021-12-31')})
CREATE (payment)-[:HAS_EVENT]->(:Entity:CommitmentEvent {id: 'ce-payment-2', status: 'BROKEN', on: date('2023-03-01')})
// A commitment of the successor itself, fulfilled late: overdue in 2023, not after 2024-02-01.
CREATE (late:Entity:Commitment {id: 'cm-late', title: '审批时限承诺', kind: 'SERVICE', status: 'FULFILLED', madeOn: date('2022-03-01'), dueOn: date('2023-01-01')})
CREATE (fgj)-[:MADE]->(late)
CREATE (late)-[:HAS_EVENT]->(:Entity:CommitmentEvent {id: 'ce-late-1', status: 'FULFILLED', on: date('2024-02-01')})
// Waived by a lawful change: never overdue.
CREATE (waived:Entity:Commitment {id: 'cm-waived', title: '用地指标承诺', kind: 'POLICY', status: 'WAIVED', madeOn: date('2019-01-01'), dueOn: date('2020-01-01')})
CREATE (fgw)-[:MADE]->(waived)
CREATE (waived)-[:HAS_EVENT]->(:Entity:CommitmentEvent {id: 'ce-waived-1', status: 'WAIVED', on: date('2019-10-01')})
// Pending and not yet due in 2024.
CREATE (future:Entity:Commitment {id: 'cm-future', title: '营商环境承诺', kind: 'SERVICE', status: 'PENDING', madeOn: date('2023-01-01'), dueOn: date('2030-01-01')})
CREATE (fgj)-[:MADE]->(future)

// A judgment-default record against the body 发改委 (not a person).
CREATE (judgment:Entity:Record {id: 'rc-judgment', kind: 'JUDGMENT_DEFAULT', severity: 'SERIOUS', status: 'RECORDED', title: '拒不履行生效判决', decidedOn: date('2021-03-01')})
CREATE (judgment)-[:AGAINST]->(fgw)
CREATE (judgment)-[:ISSUED_BY]->(court)
// A broken-commitment record against the signer 周南, concerning the payment commitment.
CREATE (broken:Entity:Record {id: 'rc-broken', kind: 'BROKEN_COMMITMENT', severity: 'GENERAL', status: 'RECORDED', title: '未按约支付工程款', decidedOn: date('2023-03-01')})
CREATE (broken)-[:AGAINST]->(zhou)
CREATE (broken)-[:ISSUED_BY]->(city)
CREATE (broken)-[:CONCERNS]->(payment);
