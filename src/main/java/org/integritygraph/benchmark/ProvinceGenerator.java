package org.integritygraph.benchmark;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.integritygraph.model.Uscc;

/**
 * Generates a fictional province (all names invented) as import lines, at a given scale and
 * deterministically from a seed: at scale 1 about 15 cities, 100 counties and 1,200 townships and street
 * offices (乡镇/街道), each government with its departments, public institutions, a court and a
 * supervisory commission; posts with reporting lines (分管) that change over the years; tenures with
 * turnover, people moving between posts and vacancies; government-investment, PPP and
 * investment-attraction projects in every phase with the posts and officers responsible for each phase,
 * decisions (文号), contracts with companies (valid 统一社会信用代码), commitments in every state with
 * their history, integrity records in every state with their events, and policy documents whose tasks name
 * lead and cooperating units. Every relationship names nodes on earlier lines. About 2.1 M lines per unit
 * of scale; below 1 the province shrinks (scale 0.01: one city, one county, a dozen townships).
 */
public final class ProvinceGenerator {

	static final LocalDate START = LocalDate.of(2012, 1, 1);

	static final LocalDate END = LocalDate.of(2025, 12, 31);

	private static final String[] PLACE = { "青", "禾", "松", "岭", "河", "西", "东", "安", "平", "宁", "丰", "泉", "石", "云", "川",
			"阳", "江", "湖", "山", "桥", "林", "城", "南", "北", "梅", "兰", "竹", "华", "明", "清", "源", "溪", "峰", "塘", "浦", "州" };

	private static final String[] SURNAME = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
			"郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
			"秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "辉", "力", "振", "宇", "浩", "凯", "雅", "琴", "志", "红" };

	private static final String[] DEPARTMENTS = { "发展和改革委员会", "财政局", "住房和城乡建设局", "交通运输局", "生态环境局", "水务局",
			"教育局", "卫生健康委员会", "自然资源局", "农业农村局", "商务局", "审计局", "统计局", "市场监督管理局", "应急管理局", "公安局", "民政局",
			"人力资源和社会保障局", "文化和旅游局", "城市管理局", "司法局", "科学技术局", "工业和信息化局", "退役军人事务局", "林业局", "医疗保障局",
			"政务服务管理局", "国有资产监督管理委员会", "信访局", "乡村振兴局", "粮食和物资储备局", "体育局", "机关事务管理局", "外事办公室",
			"地方金融监督管理局", "人民防空办公室", "能源局", "档案局", "大数据管理局", "人民政府办公室" };

	private static final String[] INSTITUTIONS = { "公共资源交易中心", "政务服务中心", "财政投资评审中心", "城市建设投资服务中心",
			"土地储备中心", "社会保险事业中心", "不动产登记中心", "公路事业发展中心", "水利工程管理中心", "农业技术推广中心" };

	private static final String[] TOWNSHIP_INSTITUTIONS = { "财政所", "农业综合服务中心", "便民服务中心", "综合执法队" };

	private static final String[] PROJECTS = { "污水处理厂", "环城快速路", "综合管廊", "安置房", "体育中心", "河道综合整治", "垃圾焚烧发电",
			"智慧城市", "中心医院迁建", "职业教育园区", "产业园基础设施", "供水管网改造", "文化艺术中心", "停车场", "公交枢纽", "老旧小区改造",
			"高标准农田", "乡村道路", "防洪排涝", "物流园区" };

	private static final String[] COMPANY = { "建设", "投资", "环保", "水务", "交通", "科技", "城建", "置业", "能源", "工程", "信息", "实业" };

	private final double scale;

	private final SplittableRandom random;

	private JsonLines out;

	private int persons;

	private int companies;

	private final List<String> companyIds = new ArrayList<>();

	private int documentNumber;

	/** One government (province, city, county): its posts and their holders, while it is generated. */
	private final class Unit {

		final String id;

		final String code;

		final String name;

		final String level;

		final String governmentPrincipal;

		final List<String> deputies = new ArrayList<>();

		final List<Department> departments = new ArrayList<>();

		final Map<String, List<Tenure>> tenures = new HashMap<>();

		final Deque<Tenure> leavers = new ArrayDeque<>();

		String court;

		String supervisory;

		Unit(String id, String code, String name, String level) {
			this.id = id;
			this.code = code;
			this.name = name;
			this.level = level;
			this.governmentPrincipal = id.replace("bd-", "po-") + "-head";
		}

	}

	private record Department(String id, String name, String principal, String deputy, List<String> chiefs) {
	}

	private record Tenure(String person, LocalDate from, LocalDate to) {

		boolean covers(LocalDate date) {
			return !date.isBefore(this.from) && (this.to == null || date.isBefore(this.to));
		}

	}

	/** What was written. */
	public record Summary(long lines, long nodes, long relationships) {
	}

	/**
	 * @param scale 1 for a province (about 2.1 M lines); more for bigger, less for smaller
	 * @param seed the same seed and scale give the same lines
	 */
	public ProvinceGenerator(double scale, long seed) {
		if (!(scale > 0)) {
			throw new IllegalArgumentException("The scale must be positive, not " + scale);
		}
		this.scale = scale;
		this.random = new SplittableRandom(seed);
	}

	/** Writes the province; the writer is not closed. */
	public Summary write(Writer writer) {
		this.out = new JsonLines(writer);
		this.out.meta("合成省份 (synthetic province, scale %s)".formatted(this.scale));
		for (int i = 0; i < count(400, 50); i++) {
			company();
		}
		var province = government(null, "990000", "云" + "禾省", "PROVINCE", "省长", "副省长");
		unitContent(province, perUnit(40, 3), perUnit(10, 2), perUnit(300, 3));
		int cities = Math.max(1, (int) Math.round(15 * this.scale));
		int counties = Math.max(1, (int) Math.round(100 * this.scale));
		int townships = Math.max(2, (int) Math.round(1200 * this.scale));
		int county = 0;
		for (int c = 0; c < cities; c++) {
			var cityCode = "99%02d00".formatted(c % 99 + 1);
			var city = government(province, cityCode, place(c) + "市", "CITY", "市长", "副市长");
			city.supervisory = body(city, city.id + "-jw", city.name + "纪律检查委员会监察委员会", "SUPERVISORY", "CITY",
					cityCode);
			unitContent(city, perUnit(30, 3), perUnit(8, 1), perUnit(220, 3));
			int citiesCounties = counties / cities + (c < counties % cities ? 1 : 0);
			for (int k = 0; k < citiesCounties; k++, county++) {
				var countyCode = cityCode.substring(0, 4) + "%02d".formatted(k % 99 + 1);
				var unit = government(city, countyCode, place(county + 7) + (k % 3 == 0 ? "区" : "县"), "COUNTY",
						k % 3 == 0 ? "区长" : "县长", k % 3 == 0 ? "副区长" : "副县长");
				unit.supervisory = city.supervisory;
				unitContent(unit, perUnit(24, 3), perUnit(6, 1), perUnit(200, 3));
				int countysTownships = townships / counties + (county < townships % counties ? 1 : 0);
				for (int t = 0; t < countysTownships; t++) {
					township(unit, t);
				}
				companiesFor(5);
			}
		}
		return new Summary(this.out.nodes() + this.out.relationships() + 1, this.out.nodes(), this.out.relationships());
	}

	// ---- governments, departments, posts, tenures ----------------------------------------------------

	private Unit government(Unit parent, String code, String name, String level, String head, String deputy) {
		var id = (parent == null) ? "bd-p" : parent.id + "-" + code.substring(parent == null ? 0 : 2, 6);
		var unit = new Unit(id, code, name, level);
		this.out.node("Body", id)
			.with("name", name + "人民政府")
			.with("kind", "GOVERNMENT")
			.with("level", level)
			.with("divisionCode", code)
			.with("uscc", uscc("11", code))
			.end();
		if (parent != null) {
			this.out.rel("PART_OF", id, parent.id).with("from", START).end();
		}
		post(unit, unit.governmentPrincipal, id, head, true);
		if (parent != null) {
			reportsTo(unit.governmentPrincipal, parent.governmentPrincipal, START, null);
		}
		for (int i = 0; i < 4 + this.random.nextInt(3); i++) {
			var post = unit.governmentPrincipal.replace("-head", "-deputy" + i);
			post(unit, post, id, deputy, false);
			reportsTo(post, unit.governmentPrincipal, START, null);
			unit.deputies.add(post);
		}
		unit.court = body(unit, id + "-court", name + "人民法院", "COURT", level, code);
		return unit;
	}

	private void unitContent(Unit unit, int departments, int institutions, int projects) {
		for (int d = 0; d < departments; d++) {
			unit.departments.add(department(unit, "dp" + d, unit.name + DEPARTMENTS[d % DEPARTMENTS.length],
					"DEPARTMENT", "局长"));
		}
		for (int i = 0; i < institutions; i++) {
			unit.departments.add(department(unit, "pi" + i, unit.name + INSTITUTIONS[i % INSTITUTIONS.length],
					"PUBLIC_INSTITUTION", "主任"));
		}
		reorganisation(unit);
		document(unit);
		for (int p = 0; p < projects; p++) {
			project(unit, p);
		}
		serviceCommitments(unit, unit.id, unit.governmentPrincipal, 3);
	}

	private Department department(Unit unit, String suffix, String name, String kind, String head) {
		var id = unit.id + "-" + suffix;
		body(unit, id, name, kind, unit.level, unit.code);
		var principal = id.replace("bd-", "po-") + "-head";
		post(unit, principal, id, head, true);
		var deputy = id.replace("bd-", "po-") + "-deputy";
		post(unit, deputy, id, "副" + head, false);
		reportsTo(deputy, principal, START, null);
		// 分管: the deputy of the government in charge changes with the terms of office.
		var changes = new LocalDate[] { START, LocalDate.of(2016, 7, 1).plusDays(this.random.nextInt(200)),
				LocalDate.of(2021, 7, 1).plusDays(this.random.nextInt(200)) };
		for (int i = 0; i < changes.length; i++) {
			reportsTo(principal, pick(unit.deputies), changes[i], i + 1 < changes.length ? changes[i + 1] : null);
		}
		var chiefs = new ArrayList<String>();
		for (int c = 0; c < (kind.equals("DEPARTMENT") ? 4 : 1); c++) {
			var chief = id.replace("bd-", "po-") + "-chief" + c;
			post(unit, chief, id, "科长", false);
			reportsTo(chief, deputy, START, null);
			chiefs.add(chief);
		}
		return new Department(id, name, principal, deputy, chiefs);
	}

	private String body(Unit unit, String id, String name, String kind, String level, String code) {
		this.out.node("Body", id)
			.with("name", name)
			.with("kind", kind)
			.with("level", level)
			.with("divisionCode", code)
			.with("uscc", uscc(kind.equals("PUBLIC_INSTITUTION") ? "12" : "11", code))
			.end();
		this.out.rel("PART_OF", id, unit.id).with("from", START).end();
		return id;
	}

	/** 机构改革: a few departments were merged into a successor in 2019. */
	private void reorganisation(Unit unit) {
		if (unit.departments.size() < 4) {
			return;
		}
		var old = unit.departments.get(1 + this.random.nextInt(unit.departments.size() - 1));
		var successor = unit.departments.get(0);
		if (old == successor) {
			return;
		}
		this.out.rel("SUCCEEDED_BY", old.id(), successor.id())
			.with("on", LocalDate.of(2019, 3, 1))
			.with("reason", "机构改革")
			.end();
	}

	private void township(Unit county, int t) {
		var code = county.code + "%03d000".formatted(t + 1);
		var subdistrict = t % 2 == 0;
		var id = county.id + "-t" + t;
		var name = county.name + place(t + 3) + place(t + 11) + (subdistrict ? "街道办事处" : "镇人民政府");
		var kind = subdistrict ? "SUBDISTRICT" : "TOWNSHIP";
		this.out.node("Body", id)
			.with("name", name)
			.with("kind", kind)
			.with("level", "TOWNSHIP")
			.with("divisionCode", code)
			.with("uscc", uscc("11", code.substring(0, 6)))
			.end();
		this.out.rel("PART_OF", id, county.id).with("from", START).end();
		var head = id.replace("bd-", "po-") + "-head";
		post(county, head, id, subdistrict ? "主任" : "镇长", true);
		reportsTo(head, pick(county.deputies), START, null);
		for (int d = 0; d < 3; d++) {
			var deputy = head.replace("-head", "-deputy" + d);
			post(county, deputy, id, subdistrict ? "副主任" : "副镇长", false);
			reportsTo(deputy, head, START, null);
		}
		for (int i = 0; i < TOWNSHIP_INSTITUTIONS.length; i++) {
			var institution = id + "-i" + i;
			this.out.node("Body", institution)
				.with("name", name.replace(subdistrict ? "办事处" : "人民政府", "") + TOWNSHIP_INSTITUTIONS[i])
				.with("kind", "PUBLIC_INSTITUTION")
				.with("level", "TOWNSHIP")
				.with("divisionCode", code)
				.end();
			this.out.rel("PART_OF", institution, id).with("from", START).end();
			var chief = institution.replace("bd-", "po-") + "-head";
			post(county, chief, institution, "所长", true);
			reportsTo(chief, head.replace("-head", "-deputy" + (i % 3)), START, null);
		}
		// 街道公开承诺: street offices' public service pledges.
		serviceCommitments(county, id, head, 2);
	}

	private void post(Unit unit, String id, String body, String title, boolean principal) {
		this.out.node("Post", id).with("title", title).with("principal", principal ? Boolean.TRUE : null).end();
		this.out.rel("IN", id, body).end();
		tenures(unit, id);
	}

	private void reportsTo(String post, String superior, LocalDate from, LocalDate to) {
		this.out.rel("REPORTS_TO", post, superior).with("from", from).with("to", to).end();
	}

	/** Holders of a post from before 2012 to today: terms of 2–6 years, sometimes a vacancy between. */
	private void tenures(Unit unit, String post) {
		var list = new ArrayList<Tenure>();
		var from = START.minusDays(this.random.nextInt(3 * 365));
		while (from.isBefore(END)) {
			var to = from.plusDays(2 * 365 + this.random.nextInt(4 * 365));
			var tenure = new Tenure(person(unit, from), from, to.isAfter(END) ? null : to);
			this.out.rel("HELD", tenure.person(), post).with("from", tenure.from()).with("to", tenure.to()).end();
			list.add(tenure);
			if (tenure.to() == null) {
				break;
			}
			unit.leavers.addLast(tenure);
			if (unit.leavers.size() > 200) {
				unit.leavers.removeFirst();
			}
			from = (this.random.nextInt(5) == 0) ? to.plusDays(30 + this.random.nextInt(150)) : to;
		}
		unit.tenures.put(post, list);
	}

	/** Someone who left another post of the same government before {@code from}, or a new person. */
	private String person(Unit unit, LocalDate from) {
		var leaver = unit.leavers.peekFirst();
		if (leaver != null && leaver.to() != null && !leaver.to().isAfter(from) && this.random.nextInt(10) < 4) {
			unit.leavers.removeFirst();
			return leaver.person();
		}
		var id = "pe-%07d".formatted(++this.persons);
		this.out.node("Person", id)
			.with("name", SURNAME[this.random.nextInt(SURNAME.length)] + GIVEN[this.random.nextInt(GIVEN.length)]
					+ (this.random.nextBoolean() ? GIVEN[this.random.nextInt(GIVEN.length)] : ""))
			.with("gender", this.random.nextBoolean() ? "M" : "F")
			.end();
		return id;
	}

	private String holder(Unit unit, String post, LocalDate on) {
		for (var tenure : unit.tenures.getOrDefault(post, List.of())) {
			if (tenure.covers(on)) {
				return tenure.person();
			}
		}
		return null;
	}

	// ---- projects, contracts, commitments, records ----------------------------------------------------

	private void project(Unit unit, int number) {
		var id = unit.id.replace("bd-", "pj-") + "-" + number;
		var owner = unit.departments.get(this.random.nextInt(unit.departments.size()));
		var kindRoll = this.random.nextInt(20);
		var kind = kindRoll < 8 ? "PPP" : kindRoll < 17 ? "GOVERNMENT_INVESTMENT" : "INVESTMENT_ATTRACTION";
		var stages = kind.equals("PPP") ? new String[] { "IDENTIFICATION", "PREPARATION", "PROCUREMENT", "EXECUTION",
				"TRANSFER" } : new String[] { "APPROVAL", "CONSTRUCTION", "ACCEPTANCE", "OPERATION" };
		int reached = 1 + this.random.nextInt(stages.length);
		var started = START.plusDays(this.random.nextInt(11 * 365));
		var status = reached == stages.length ? "COMPLETED" : switch (this.random.nextInt(10)) {
			case 0 -> "SUSPENDED";
			case 1 -> "CANCELLED";
			case 2 -> "PLANNED";
			default -> "ACTIVE";
		};
		var budget = (double) (5 + this.random.nextInt(200)) * 1e6;
		this.out.node("Project", id)
			.with("name", unit.name + PROJECTS[this.random.nextInt(PROJECTS.length)] + (kind.equals("PPP") ? "PPP项目" : "项目")
					+ "（" + (number + 1) + "）")
			.with("kind", kind)
			.with("phase", stages[reached - 1])
			.with("status", status)
			.with("budget", budget)
			.with("startedOn", started)
			.end();
		this.out.rel("OWNED_BY", id, owner.id()).end();
		var from = started;
		for (int s = 0; s < reached; s++) {
			var to = (s + 1 < reached) ? from.plusDays(120 + this.random.nextInt(600)) : null;
			if (to != null && to.isAfter(END)) {
				to = END;
			}
			var phase = id.replace("pj-", "ph-") + "-" + s;
			this.out.node("Phase", phase).with("stage", stages[s]).with("from", from).with("to", to).end();
			this.out.rel("HAS_PHASE", id, phase).end();
			this.out.rel("RESPONSIBLE", phase, owner.principal()).with("role", "PRINCIPAL").end();
			this.out.rel("RESPONSIBLE", phase, pick(unit.deputies)).with("role", "IN_CHARGE").end();
			var officer = holder(unit, owner.chiefs().getFirst(), from);
			if (officer != null) {
				this.out.rel("RESPONSIBLE", phase, officer).with("role", "RESPONSIBLE_OFFICER").with("from", from).end();
			}
			from = (to != null) ? to : from;
		}
		decisions(unit, id, started);
		for (int c = 0; c < 1 + this.random.nextInt(3); c++) {
			contract(unit, owner, id, kind, started.plusDays(30 + this.random.nextInt(400)), c);
		}
	}

	private void decisions(Unit unit, String project, LocalDate started) {
		for (int d = 0; d < 1 + this.random.nextInt(2); d++) {
			var id = project.replace("pj-", "dc-") + "-" + d;
			var on = started.minusDays(30 + this.random.nextInt(200));
			this.out.node("Decision", id)
				.with("docNo", docNo(unit, on))
				.with("title", "关于项目" + (d == 0 ? "立项" : "实施方案") + "的批复")
				.with("decidedOn", on)
				.end();
			this.out.rel("ON", id, project).end();
			var decider = (d == 0) ? unit.id : holder(unit, unit.governmentPrincipal, on);
			this.out.rel("DECIDED_BY", id, decider != null ? decider : unit.id).end();
		}
	}

	private void contract(Unit unit, Department owner, String project, String projectKind, LocalDate signedOn,
			int number) {
		var id = project.replace("pj-", "ct-") + "-" + number;
		var kind = projectKind.equals("PPP") && number == 0 ? "PPP"
				: projectKind.equals("INVESTMENT_ATTRACTION") && number == 0 ? "INVESTMENT_AGREEMENT"
						: new String[] { "PROCUREMENT", "TENDER", "CONSTRUCTION", "DEBT" }[this.random.nextInt(4)];
		var value = (double) (1 + this.random.nextInt(100)) * 1e6;
		this.out.node("Contract", id)
			.with("title", "合同" + id.substring(3))
			.with("kind", kind)
			.with("value", value)
			.with("signedOn", signedOn)
			.with("validFrom", signedOn)
			.with("validTo", signedOn.plusYears(2 + this.random.nextInt(10)))
			.end();
		this.out.rel("FOR", id, project).end();
		var company = this.companyIds.get(this.random.nextInt(this.companyIds.size()));
		var government = kind.equals("PPP") ? "GRANTOR" : kind.equals("DEBT") ? "BORROWER" : "BUYER";
		var privateParty = switch (kind) {
			case "PPP" -> "PRIVATE_PARTY";
			case "INVESTMENT_AGREEMENT" -> "INVESTOR";
			case "DEBT" -> "LENDER";
			case "CONSTRUCTION" -> "CONTRACTOR";
			default -> "SUPPLIER";
		};
		this.out.rel("PARTY", id, owner.id()).with("role", government).end();
		this.out.rel("PARTY", id, company).with("role", privateParty).end();
		var signer = holder(unit, owner.principal(), signedOn);
		if (signer != null) {
			this.out.rel("SIGNED_BY", id, signer).with("on", signedOn).end();
		}
		for (int c = 0; c < 1 + this.random.nextInt(3); c++) {
			commitment(unit, owner.id(), owner.principal(), id, company, signedOn, id.replace("ct-", "cm-") + "-" + c,
					c == 0 ? "PAYMENT" : "CONTRACT_OBLIGATION", project);
		}
	}

	private void serviceCommitments(Unit unit, String body, String post, int count) {
		for (int c = 0; c < count; c++) {
			var madeOn = START.plusDays(this.random.nextInt(12 * 365));
			commitment(unit, body, post, null, null, madeOn, body.replace("bd-", "cm-") + "-s" + c, "SERVICE", null);
		}
	}

	/** A commitment in one of every state, with the events that brought it there and, for some, a record. */
	private void commitment(Unit unit, String body, String post, String contract, String beneficiary,
			LocalDate madeOn, String id, String kind, String project) {
		var due = madeOn.plusDays(90 + this.random.nextInt(3 * 365));
		var roll = this.random.nextInt(20);
		var status = roll < 9 ? "FULFILLED" : roll < 13 ? "PENDING" : roll < 16 ? "OVERDUE" : roll < 19 ? "BROKEN" : "WAIVED";
		if (status.equals("PENDING") && due.isBefore(END)) {
			due = END.plusDays(30 + this.random.nextInt(700));
		}
		this.out.node("Commitment", id)
			.with("title", switch (kind) {
				case "PAYMENT" -> "按期支付工程款";
				case "SERVICE" -> "政务服务限时办结承诺";
				default -> "履行合同约定义务";
			})
			.with("kind", kind)
			.with("status", status)
			.with("madeOn", madeOn)
			.with("dueOn", due)
			.with("amount", kind.equals("PAYMENT") ? (double) (1 + this.random.nextInt(50)) * 1e5 : null)
			.end();
		this.out.rel("MADE", body, id).end();
		var signer = holder(unit, post, madeOn);
		if (signer != null) {
			this.out.rel("SIGNED_BY", id, signer).with("on", madeOn).end();
		}
		if (contract != null) {
			this.out.rel("UNDER", id, contract).end();
			this.out.rel("TO", id, beneficiary).end();
		}
		if (project != null && this.random.nextInt(4) == 0) {
			this.out.rel("FOR", id, project).end();
		}
		commitmentEvents(id, status, due);
		if ((status.equals("BROKEN") || status.equals("OVERDUE") && this.random.nextBoolean()) && unit.supervisory != null) {
			record(unit, id, body, signer, due.plusDays(60 + this.random.nextInt(300)));
		}
	}

	private void commitmentEvents(String commitment, String status, LocalDate due) {
		var path = switch (status) {
			case "FULFILLED" -> new String[] { "FULFILLED" };
			case "OVERDUE" -> new String[] { "OVERDUE" };
			case "BROKEN" -> new String[] { "OVERDUE", "BROKEN" };
			case "WAIVED" -> new String[] { "WAIVED" };
			default -> new String[0];
		};
		var on = due.minusDays(status.equals("FULFILLED") || status.equals("WAIVED") ? 10 : -1);
		for (int e = 0; e < path.length; e++) {
			var event = commitment.replace("cm-", "ce-") + "-" + e;
			this.out.node("CommitmentEvent", event)
				.with("status", path[e])
				.with("on", on)
				.with("reason", path[e].equals("WAIVED") ? "依法变更，予以补偿" : null)
				.end();
			this.out.rel("HAS_EVENT", commitment, event).end();
			on = on.plusDays(90);
		}
	}

	/** 政务失信记录 for a broken or overdue commitment: against the body and, sometimes, the signer. */
	private void record(Unit unit, String commitment, String body, String signer, LocalDate decidedOn) {
		var id = commitment.replace("cm-", "rc-");
		var roll = this.random.nextInt(10);
		var status = roll < 5 ? "RECORDED" : roll < 6 ? "OBJECTION_PENDING" : roll < 7 ? "REVOKED"
				: roll < 9 ? "REPAIRED" : "EXPIRED";
		var severity = new String[] { "MINOR", "GENERAL", "SERIOUS" }[this.random.nextInt(3)];
		this.out.node("Record", id)
			.with("kind", "BROKEN_COMMITMENT")
			.with("severity", severity)
			.with("status", status)
			.with("title", "未守信践诺")
			.with("docNo", docNo(unit, decidedOn))
			.with("decidedOn", decidedOn)
			.with("disclosureUntil", decidedOn.plusYears(severity.equals("SERIOUS") ? 5 : severity.equals("GENERAL") ? 3 : 1))
			.end();
		this.out.rel("AGAINST", id, body).end();
		if (signer != null && this.random.nextInt(3) == 0) {
			this.out.rel("AGAINST", id, signer).end();
		}
		this.out.rel("ISSUED_BY", id, unit.supervisory).end();
		this.out.rel("CONCERNS", id, commitment).end();
		var events = switch (status) {
			case "OBJECTION_PENDING" -> new String[] { "RECORDED", "OBJECTION_FILED" };
			case "REVOKED" -> new String[] { "RECORDED", "OBJECTION_FILED", "OBJECTION_UPHELD" };
			case "REPAIRED" -> new String[] { "RECORDED", "REPAIR_APPLIED", "REPAIRED" };
			case "EXPIRED" -> new String[] { "RECORDED", "EXPIRED" };
			default -> this.random.nextBoolean() ? new String[] { "RECORDED" }
					: new String[] { "RECORDED", "OBJECTION_FILED", "OBJECTION_REJECTED" };
		};
		var on = decidedOn;
		for (int e = 0; e < events.length; e++) {
			var event = id.replace("rc-", "re-") + "-" + e;
			this.out.node("RecordEvent", event)
				.with("kind", events[e])
				.with("on", on)
				.with("actor", e == 0 ? "纪委监委" : null)
				.end();
			this.out.rel("HAS_EVENT", id, event).end();
			on = on.plusDays(20 + this.random.nextInt(200));
		}
	}

	/** A policy document of the government whose tasks name lead and cooperating units. */
	private void document(Unit unit) {
		if (unit.departments.size() < 2) {
			return;
		}
		var issued = LocalDate.of(2018, 1, 1).plusDays(this.random.nextInt(365));
		var id = unit.id.replace("bd-", "dm-");
		this.out.node("Document", id)
			.with("docNo", docNo(unit, issued))
			.with("title", unit.name + "加强政务诚信建设实施方案")
			.with("issuedOn", issued)
			.end();
		this.out.rel("ISSUED_BY", id, unit.id).end();
		for (int t = 0; t < 8; t++) {
			var task = id.replace("dm-", "tk-") + "-" + t;
			this.out.node("Task", task).with("number", Integer.toString(t + 1)).with("text", "政务诚信建设任务" + (t + 1)).end();
			this.out.rel("ASSIGNS", id, task).end();
			this.out.rel("LEAD", task, unit.departments.get(t % unit.departments.size()).id()).end();
			this.out.rel("COOPERATES", task, unit.departments.get((t + 1) % unit.departments.size()).id()).end();
		}
	}

	private void companiesFor(int count) {
		for (int i = 0; i < count * perUnit(10, 1); i++) {
			company();
		}
	}

	private void company() {
		var number = ++this.companies;
		var id = "co-%06d".formatted(number);
		var code = "99%02d%02d".formatted(1 + number % 15, 1 + number % 7);
		this.out.node("Company", id)
			.with("name", place(number) + place(number / 7 + 3) + COMPANY[number % COMPANY.length] + "有限公司")
			.with("uscc", uscc("91", code))
			.end();
		this.companyIds.add(id);
	}

	// ---- helpers -------------------------------------------------------------------------------------

	/** A per-government count: full from scale 1 on, smaller below, never under {@code minimum}. */
	private int perUnit(int full, int minimum) {
		return Math.max(minimum, (int) Math.round(full * Math.min(1.0, this.scale)));
	}

	private int count(int full, int minimum) {
		return Math.max(minimum, (int) Math.round(full * this.scale));
	}

	private String docNo(Unit unit, LocalDate on) {
		return "%s政发〔%d〕%d号".formatted(unit.name.substring(0, Math.min(2, unit.name.length())), on.getYear(),
				++this.documentNumber % 400 + 1);
	}

	private static String place(int index) {
		return PLACE[Math.floorMod(index, PLACE.length)] + PLACE[Math.floorMod(index * 7 + 3, PLACE.length)];
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A valid 统一社会信用代码: registration-type prefix, division code, 9 characters, check character. */
	private String uscc(String prefix, String divisionCode) {
		var code = new StringBuilder(prefix).append(divisionCode, 0, 6);
		for (int i = 0; i < 9; i++) {
			code.append(Uscc.ALPHABET.charAt(this.random.nextInt(Uscc.ALPHABET.length())));
		}
		return code.append(Uscc.checkCharacter(code.toString())).toString();
	}

}
