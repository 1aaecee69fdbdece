package org.integritygraph.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integritygraph.model.LinkType.Side;
import org.integritygraph.model.Relationship.Exclusive;
import org.integritygraph.model.Relationship.Interval;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.CommitmentEvent;
import org.integritygraph.model.entity.Company;
import org.integritygraph.model.entity.Contract;
import org.integritygraph.model.entity.Decision;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Phase;
import org.integritygraph.model.entity.Post;
import org.integritygraph.model.entity.Project;
import org.integritygraph.model.entity.Record;
import org.integritygraph.model.entity.RecordEvent;
import org.integritygraph.model.entity.Task;

import static org.integritygraph.model.Property.optional;
import static org.integritygraph.model.Property.optionalOneOf;
import static org.integritygraph.model.Property.required;
import static org.integritygraph.model.ValueType.BOOLEAN;
import static org.integritygraph.model.ValueType.DATE;
import static org.integritygraph.model.ValueType.DIVISION_CODE;
import static org.integritygraph.model.ValueType.NUMBER;
import static org.integritygraph.model.ValueType.RESIDENT_ID;
import static org.integritygraph.model.ValueType.STRING;
import static org.integritygraph.model.ValueType.STRING_LIST;
import static org.integritygraph.model.ValueType.USCC;

/**
 * The graph model, declared once: every node label with its properties (type, whether required, allowed
 * values, validation, disclosure class, whether searchable) and read model, every relationship type with
 * the labels it connects, its properties and keys, whether it is dated {@code [from, to)}, and the GraphQL
 * fields that follow it in both directions. The importer validates with it, the API derives its
 * relationship fields, node lookup and search from it, the traces take their allow-list of relationship
 * types from it, and tests hold {@code graph-schema/README.md}, the GraphQL schema and the full-text index
 * to it. Adding a relationship type means adding it here (plus data and tests).
 */
public final class GraphModel {

	/**
	 * The simplified-Chinese copy of a node's texts that the full-text index reads beside them (a policy
	 * document written in traditional characters), kept by whoever writes the texts ({@link Label#searchCopyOf()}).
	 */
	public static final String SEARCH_TEXT = "searchText";

	// ---- node labels -------------------------------------------------------------------------------

	public static final Label BODY = new Label("Body", "机关/单位", Body.class, "body",
			required("name", STRING).fullText(), optional("nameEn", STRING).fullText(),
			required("kind", BodyKind.class), optional("level", Level.class), optional("divisionCode", DIVISION_CODE),
			optional("uscc", USCC).fullText(), optional("establishedOn", DATE), optional("abolishedOn", DATE),
			// created from a policy document's unit that matched no body, awaiting review (待核实)
			optional("provisional", BOOLEAN))
		.ordered("establishedOn", "abolishedOn");

	public static final Label PERSON = new Label("Person", "公职人员", Person.class, "person",
			required("name", STRING).fullText(), optional("nameEn", STRING).fullText(),
			optionalOneOf("gender", "Gender", "M", "F").personal(), optional("birthDate", DATE).personal(),
			optional("idNumber", RESIDENT_ID).personal());

	public static final Label POST = new Label("Post", "职务", Post.class, "post",
			required("title", STRING).fullText(), optional("titleEn", STRING).fullText(),
			optional("principal", BOOLEAN), optional("grade", STRING));

	public static final Label PROJECT = new Label("Project", "项目", Project.class, "project",
			required("name", STRING).fullText(), optional("nameEn", STRING).fullText(),
			required("kind", ProjectKind.class), optional("phase", PhaseStage.class).managed(null),
			required("status", ProjectStatus.class), optional("budget", NUMBER), optional("currency", STRING),
			optional("startedOn", DATE), optional("description", STRING));

	public static final Label PHASE = new Label("Phase", "项目阶段", Phase.class, null,
			required("stage", PhaseStage.class), required("from", DATE), optional("to", DATE))
		.createdThrough("enterPhase")
		.ordered("from", "to");

	public static final Label DECISION = new Label("Decision", "重大决策", Decision.class, null,
			optional("docNo", STRING).fullText(), required("title", STRING).fullText(),
			required("decidedOn", DATE), optional("summary", STRING).fullText());

	public static final Label CONTRACT = new Label("Contract", "合同", Contract.class, "contract",
			required("title", STRING).fullText(), required("kind", ContractKind.class), optional("value", NUMBER),
			optional("currency", STRING), optional("signedOn", DATE), optional("validFrom", DATE),
			optional("validTo", DATE))
		.ordered("validFrom", "validTo");

	public static final Label COMPANY = new Label("Company", "企业/社会资本", Company.class, "company",
			required("name", STRING).fullText(), optional("nameEn", STRING).fullText(),
			optional("uscc", USCC).fullText());

	public static final Label COMMITMENT = new Label("Commitment", "承诺", Commitment.class, "commitment",
			required("title", STRING).fullText(), optional("text", STRING).fullText(),
			required("kind", CommitmentKind.class), required("status", CommitmentStatus.class).managed("PENDING"),
			optional("madeOn", DATE), optional("dueOn", DATE), optional("amount", NUMBER),
			optional("currency", STRING))
		.createdThrough("createCommitment")
		.ordered("madeOn", "dueOn");

	public static final Label COMMITMENT_EVENT = new Label("CommitmentEvent", "承诺状态变更", CommitmentEvent.class, null,
			required("status", CommitmentStatus.class), required("on", DATE), optional("actor", STRING),
			optional("reason", STRING))
		.createdThrough("the commitment lifecycle operations")
		.immutable();

	public static final Label RECORD = new Label("Record", "诚信记录", Record.class, "record",
			required("kind", RecordKind.class), required("severity", Severity.class),
			required("status", RecordStatus.class).managed("RECORDED"), required("title", STRING).fullText(),
			optional("docNo", STRING).fullText(), required("decidedOn", DATE), optional("disclosureUntil", DATE),
			optional("summary", STRING).fullText(), optional("conductFrom", DATE), optional("conductTo", DATE))
		.createdThrough("createRecord")
		.updatedThrough("correctRecord")
		.ordered("decidedOn", "disclosureUntil");

	public static final Label RECORD_EVENT = new Label("RecordEvent", "记录事件", RecordEvent.class, null,
			required("kind", RecordEventKind.class), required("on", DATE), optional("actor", STRING).restricted(),
			optional("reason", STRING).restricted())
		.createdThrough("the record lifecycle operations")
		.immutable();

	public static final Label DOCUMENT = new Label("Document", "文件", Document.class, "document",
			optional("docNo", STRING).fullText(), required("title", STRING).fullText(),
			optional("issuedOn", DATE), optional("text", STRING).fullText(), optional("url", STRING),
			// the issuer as the document names it (发文机关), and a simplified-Chinese copy for search
			optional("issuerName", STRING), optional(SEARCH_TEXT, STRING).fullText().internal())
		.searchCopyOf("title", "text");

	public static final Label TASK = new Label("Task", "任务", Task.class, null, required("number", STRING),
			required("text", STRING).fullText(), optional("title", STRING), optional("part", STRING),
			optional("section", STRING), optional("dueOn", DATE), optional("doneOn", DATE), withdrawnOn(),
			// the units as the document writes them, in its order (the API shows them as Task.assignments)
			optional("leadUnitNames", STRING_LIST).internal(), optional("cooperatingUnitNames", STRING_LIST).internal(),
			optional("responsibleUnitNames", STRING_LIST).internal(), optional("generalAssignees", STRING_LIST).internal(),
			optional(SEARCH_TEXT, STRING).fullText().internal())
		.searchCopyOf("text");

	private static final List<Label> LABELS = List.of(BODY, PERSON, POST, PROJECT, PHASE, DECISION, CONTRACT, COMPANY,
			COMMITMENT, COMMITMENT_EVENT, RECORD, RECORD_EVENT, DOCUMENT, TASK);

	// ---- the GraphQL types that show a relationship with its properties ----------------------------

	/** 任职: HELD, person to post. */
	public static final LinkType TENURE = LinkType.named("Tenure")
		.end("person", Side.START)
		.end("post", Side.END)
		.properties("from", "to");

	/** PART_OF seen from the part. */
	public static final LinkType PART_OF_LINK = LinkType.named("PartOf").end("parent", Side.OTHER).properties("from",
			"to");

	/** SUCCEEDED_BY seen from either body. */
	public static final LinkType SUCCESSION = LinkType.named("Succession")
		.end("body", Side.OTHER)
		.properties("on", "reason");

	/** REPORTS_TO seen from the subordinate post. */
	public static final LinkType REPORTING_LINE = LinkType.named("ReportingLine")
		.end("subordinate", Side.START)
		.end("superior", Side.END)
		.properties("from", "to");

	/** RESPONSIBLE, phase to post or person; its dates default to the phase's. */
	public static final LinkType RESPONSIBILITY = LinkType.named("Responsibility")
		.end("phase", Side.START)
		.end("post", Side.END, POST)
		.end("person", Side.END, PERSON)
		.properties("role", "from", "to");

	/** PARTY seen from the contract. */
	public static final LinkType CONTRACT_PARTY = LinkType.named("ContractParty")
		.end("party", Side.OTHER)
		.properties("role");

	/** SIGNED_BY seen from the contract or commitment. */
	public static final LinkType SIGNATURE = LinkType.named("Signature").end("person", Side.OTHER).properties("on");

	/** TRANSFERRED_TO seen from the commitment or project: the body that took it over. */
	public static final LinkType TRANSFER = LinkType.named("Transfer").end("body", Side.OTHER).properties("on",
			"reason");

	private static final List<LinkType> LINK_TYPES = List.of(TENURE, PART_OF_LINK, SUCCESSION, REPORTING_LINE,
			RESPONSIBILITY, CONTRACT_PARTY, SIGNATURE, TRANSFER);

	// ---- relationship types --------------------------------------------------------------------------

	public static final Relationship PART_OF = Relationship.named("PART_OF", "隶属")
		.from(BODY).to(BODY)
		.properties(optional("from", DATE), optional("to", DATE)).keys("from").dated(Interval.OWN)
		.exclusive(Exclusive.PER_START)
		.out(BODY, "parent").one().at().order("from DESC", "other.id")
		.out(BODY, "parentHistory").link(PART_OF_LINK).order("from", "other.id")
		.in(BODY, "children").at().order("other.name", "other.id")
		.build();

	public static final Relationship SUCCEEDED_BY = Relationship.named("SUCCEEDED_BY", "机构改革承继")
		.from(BODY).to(BODY)
		.properties(required("on", DATE), optional("reason", STRING))
		.managedBy("reorganiseBody")
		.out(BODY, "successors").link(SUCCESSION).order("rel.on", "other.id")
		.in(BODY, "predecessors").link(SUCCESSION).order("rel.on", "other.id")
		.build();

	public static final Relationship IN = Relationship.named("IN", "职务所属")
		.from(POST).to(BODY)
		.out(POST, "body").one()
		.in(BODY, "posts").order("coalesce(other.principal, false) DESC", "other.title", "other.id")
		.build();

	public static final Relationship REPORTS_TO = Relationship.named("REPORTS_TO", "分管/上级")
		.from(POST).to(POST)
		.properties(required("from", DATE), optional("to", DATE)).keys("from").dated(Interval.OWN)
		.exclusive(Exclusive.PER_START)
		.out(POST, "reportsTo").one().at().order("from DESC", "other.id")
		.out(POST, "reportingHistory").link(REPORTING_LINE).order("from", "other.id")
		.in(POST, "subordinates").at().order("other.title", "other.id")
		.build();

	public static final Relationship HELD = Relationship.named("HELD", "任职")
		.from(PERSON).to(POST)
		.properties(required("from", DATE), optional("to", DATE)).keys("from").dated(Interval.OWN)
		.exclusive(Exclusive.PER_END)
		.out(PERSON, "tenures").link(TENURE).order("from", "other.id")
		.out(PERSON, "postsHeld").link(TENURE).at().order("from", "other.id")
		.in(POST, "holders").link(TENURE).at().order("from", "other.id")
		.in(POST, "holderHistory").link(TENURE).order("from", "other.id")
		.build();

	public static final Relationship OWNED_BY = Relationship.named("OWNED_BY", "实施机构")
		.from(PROJECT).to(BODY)
		.out(PROJECT, "owner").one()
		.in(BODY, "projects").order("other.startedOn", "other.id")
		.build();

	public static final Relationship HAS_PHASE = Relationship.named("HAS_PHASE", "项目阶段")
		.from(PROJECT).to(PHASE)
		.managedBy("enterPhase")
		.out(PROJECT, "phases").order("other.from", "other.id")
		.in(PHASE, "project").one()
		.build();

	public static final Relationship RESPONSIBLE = Relationship.named("RESPONSIBLE", "阶段责任")
		.from(PHASE).to(POST, PERSON)
		.properties(required("role", ResponsibilityRole.class), optional("from", DATE), optional("to", DATE))
		.keys("role", "from").dated(Interval.OWN_OR_START_NODE)
		.exclusive(Exclusive.PER_PAIR)
		.out(PHASE, "responsibilities").link(RESPONSIBILITY).order("from", "rel.role", "other.id")
		.in(POST, "responsibilities").link(RESPONSIBILITY).order("from", "other.id")
		.in(PERSON, "responsibilities").link(RESPONSIBILITY).order("from", "other.id")
		.build();

	public static final Relationship ON = Relationship.named("ON", "决策事项")
		.from(DECISION).to(PROJECT)
		.out(DECISION, "project").one()
		.in(PROJECT, "decisions").order("other.decidedOn", "other.id")
		.build();

	public static final Relationship DECIDED_BY = Relationship.named("DECIDED_BY", "决策者")
		.from(DECISION).to(BODY, PERSON)
		.out(DECISION, "decidedBy").union("Actor").order("other.id")
		.in(BODY, "decisions").order("other.decidedOn", "other.id")
		.in(PERSON, "decisions").order("other.decidedOn", "other.id")
		.build();

	public static final Relationship FOR = Relationship.named("FOR", "所属项目")
		.from(CONTRACT, COMMITMENT).to(PROJECT)
		.out(CONTRACT, "project").one()
		.in(PROJECT, "contracts").only(CONTRACT).order("other.signedOn", "other.id")
		.build();

	public static final Relationship PARTY = Relationship.named("PARTY", "合同当事方")
		.from(CONTRACT).to(BODY, COMPANY)
		.properties(required("role", PartyRole.class)).keys("role")
		.out(CONTRACT, "parties").link(CONTRACT_PARTY).order("rel.role", "other.id")
		.in(BODY, "contracts").order("other.signedOn", "other.id")
		.in(COMPANY, "contracts").order("other.signedOn", "other.id")
		.build();

	public static final Relationship SIGNED_BY = Relationship.named("SIGNED_BY", "签署人")
		.from(CONTRACT, COMMITMENT).to(PERSON)
		.properties(optional("on", DATE))
		.out(CONTRACT, "signers").link(SIGNATURE).order("rel.on", "other.id")
		.out(COMMITMENT, "signature").one().link(SIGNATURE).order("rel.on", "other.id")
		.in(PERSON, "signedContracts").only(CONTRACT).order("other.signedOn", "other.id")
		.in(PERSON, "signedCommitments").only(COMMITMENT).order("other.madeOn", "other.id")
		.build();

	/** The post the signer signed as (签署身份): which office answers for the signature. */
	public static final Relationship SIGNED_AS = Relationship.named("SIGNED_AS", "签署身份")
		.from(CONTRACT, COMMITMENT).to(POST)
		.out(CONTRACT, "signedAs").order("other.id")
		.out(COMMITMENT, "signedAs").one()
		.in(POST, "signedContracts").only(CONTRACT).order("other.signedOn", "other.id")
		.in(POST, "signedCommitments").only(COMMITMENT).order("other.madeOn", "other.id")
		.build();

	public static final Relationship MADE = Relationship.named("MADE", "作出承诺")
		.from(BODY).to(COMMITMENT)
		.managedBy("createCommitment")
		.out(BODY, "commitments").handWritten().order("other.dueOn", "other.id")
		.in(COMMITMENT, "madeBy").one()
		.build();

	public static final Relationship UNDER = Relationship.named("UNDER", "合同义务")
		.from(COMMITMENT).to(CONTRACT)
		.out(COMMITMENT, "contract").one()
		.in(CONTRACT, "commitments").order("other.dueOn", "other.id")
		.build();

	public static final Relationship TO = Relationship.named("TO", "承诺对象")
		.from(COMMITMENT).to(COMPANY, BODY)
		.out(COMMITMENT, "beneficiaries").union("Party").order("other.id")
		.in(COMPANY, "commitmentsReceived").order("other.dueOn", "other.id")
		.in(BODY, "commitmentsReceived").order("other.dueOn", "other.id")
		.build();

	public static final Relationship AGAINST = Relationship.named("AGAINST", "记录对象")
		.from(RECORD).to(BODY, PERSON, COMPANY)
		.out(RECORD, "against").union("RecordSubject").order("other.id")
		.in(BODY, "records").order("other.decidedOn DESC", "other.id")
		.in(PERSON, "records").order("other.decidedOn DESC", "other.id")
		.in(COMPANY, "records").order("other.decidedOn DESC", "other.id")
		.build();

	public static final Relationship ISSUED_BY = Relationship.named("ISSUED_BY", "发布/认定机关")
		.from(RECORD, DOCUMENT).to(BODY)
		.properties(withdrawnOn())
		.out(RECORD, "issuer").one()
		.out(DOCUMENT, "issuer").one()
		.build();

	public static final Relationship CONCERNS = Relationship.named("CONCERNS", "记录事由")
		.from(RECORD).to(COMMITMENT, CONTRACT, PROJECT, DECISION)
		.out(RECORD, "concerns").union("Concern").order("other.id")
		.in(COMMITMENT, "records").order("other.decidedOn DESC", "other.id")
		.in(CONTRACT, "records").order("other.decidedOn DESC", "other.id")
		.in(DECISION, "records").order("other.decidedOn DESC", "other.id")
		.build();

	public static final Relationship HAS_EVENT = Relationship.named("HAS_EVENT", "状态变更")
		.from(RECORD).to(RECORD_EVENT)
		.from(COMMITMENT).to(COMMITMENT_EVENT)
		.managedBy("the lifecycle operations")
		.out(RECORD, "events").order("other.on", "other.id")
		.out(COMMITMENT, "events").order("other.on", "other.id")
		.build();

	public static final Relationship TRANSFERRED_TO = Relationship.named("TRANSFERRED_TO", "承继转移")
		.from(COMMITMENT, PROJECT).to(BODY)
		.properties(required("on", DATE), optional("reason", STRING))
		.managedBy("reorganiseBody")
		.out(COMMITMENT, "transfers").link(TRANSFER).order("rel.on", "other.id")
		.out(PROJECT, "transfers").link(TRANSFER).order("rel.on", "other.id")
		.in(BODY, "assumedCommitments").only(COMMITMENT).order("other.dueOn", "other.id")
		.in(BODY, "assumedProjects").only(PROJECT).order("other.startedOn", "other.id")
		.build();

	public static final Relationship BASED_ON = Relationship.named("BASED_ON", "依据决定")
		.from(COMMITMENT_EVENT).to(DECISION)
		.managedBy("waiveCommitment")
		.out(COMMITMENT_EVENT, "decision").one()
		.build();

	/** Tasks in their documents' order (2 before 10, 3.2.4 before 3.10.1), the oldest document first. */
	private static final String[] TASK_ORDER = { "head([(document:Document)-[:ASSIGNS]->(other) | document.issuedOn])",
			"head([(document:Document)-[:ASSIGNS]->(other) | document.id])",
			"[x IN split(other.number, '.') | toInteger(x)]", "other.id" };

	public static final Relationship ASSIGNS = Relationship.named("ASSIGNS", "部署任务")
		.from(DOCUMENT).to(TASK)
		.out(DOCUMENT, "tasks").order("[x IN split(other.number, '.') | toInteger(x)]", "other.id")
		.in(TASK, "document").one()
		.build();

	public static final Relationship LEAD = Relationship.named("LEAD", "牵头单位")
		.from(TASK).to(BODY)
		.properties(unitAsWritten(), unitResolution(), withdrawnOn())
		.out(TASK, "leads").order("other.name", "other.id")
		.in(BODY, "ledTasks").order(TASK_ORDER)
		.build();

	public static final Relationship COOPERATES = Relationship.named("COOPERATES", "配合单位")
		.from(TASK).to(BODY)
		.properties(unitAsWritten(), unitResolution(), withdrawnOn())
		.out(TASK, "cooperators").order("other.name", "other.id")
		.in(BODY, "cooperatingTasks").order(TASK_ORDER)
		.build();

	public static final Relationship RESPONSIBLE_UNIT = Relationship.named("RESPONSIBLE_UNIT", "负责单位")
		.from(TASK).to(BODY)
		.properties(unitAsWritten(), unitResolution(), withdrawnOn())
		.out(TASK, "responsibleUnits").order("other.name", "other.id")
		.in(BODY, "responsibleTasks").order(TASK_ORDER)
		.build();

	public static final Relationship SOURCED_FROM = Relationship.named("SOURCED_FROM", "来源文件")
		.fromAnyLabel().to(DOCUMENT)
		.out(PROJECT, "sources").order("other.issuedOn", "other.id")
		.out(DECISION, "sources").order("other.issuedOn", "other.id")
		.out(COMMITMENT, "sources").order("other.issuedOn", "other.id")
		.out(RECORD, "sources").order("other.issuedOn", "other.id")
		.build();

	private static final List<Relationship> RELATIONSHIPS = List.of(PART_OF, SUCCEEDED_BY, IN, REPORTS_TO, HELD,
			OWNED_BY, HAS_PHASE, RESPONSIBLE, ON, DECIDED_BY, FOR, PARTY, SIGNED_BY, SIGNED_AS, MADE, UNDER, TO, AGAINST,
			ISSUED_BY, CONCERNS, HAS_EVENT, TRANSFERRED_TO, BASED_ON, ASSIGNS, LEAD, COOPERATES, RESPONSIBLE_UNIT,
			SOURCED_FROM);

	/**
	 * Fields of the entity types that are computed rather than one relationship followed: resolved by hand
	 * in the API, and declared here so that the schema check knows them.
	 */
	private static final Map<String, String> COMPUTED_FIELDS = Map.of(
			"Body.leaders", "the holders of the body's principal posts on a date",
			"Commitment.project", "the project of the commitment, directly or through its contract",
			"Project.commitments", "commitments for the project, directly or under one of its contracts",
			"Project.records", "records concerning the project, its decisions, contracts or commitments",
			"Task.assignments", "every unit a policy document charges with the task, as written, with its body",
			"Body.tasks", "the policy tasks a body is charged with in any role, filtered by role and dates");

	/**
	 * The date from which a node or relationship that declares it is no longer in force (a task or a link a
	 * corrected policy document dropped): relationship fields leave out relationships and other ends that have
	 * it; the node stays readable by id.
	 */
	public static final String WITHDRAWN_ON = "withdrawnOn";

	/** The property that identifies every node. */
	public static final String ID = "id";

	/**
	 * The version of a node or relationship: 1 when the service created it, one more with every change it
	 * made (optimistic locking); absent (read as 0) on what was written before versions were kept.
	 */
	public static final String VERSION = "version";

	/**
	 * The fields every entity type has beyond its properties and relationships: its version and its history
	 * from the audit trail. The editing API adds them to every entity type (and {@code version} to every
	 * link type).
	 */
	private static final Map<String, String> ENTITY_FIELDS = Map.of(VERSION,
			"the version of the entity, counted up with every change (give it as expectedVersion to edit safely)",
			"history", "every recorded change of the entity and of its relationships, oldest first (auditors only)");

	private static final Map<String, Label> LABELS_BY_NAME = byKey(LABELS, Label::name);

	private static final Map<Class<?>, Label> LABELS_BY_READ_MODEL = LABELS.stream()
		.collect(Collectors.toUnmodifiableMap(Label::readModel, Function.identity()));

	private static final Map<String, Relationship> RELATIONSHIPS_BY_TYPE = byKey(RELATIONSHIPS, Relationship::type);

	private GraphModel() {
	}

	/** Every node label, in the order of the declaration. */
	public static List<Label> labels() {
		return LABELS;
	}

	public static Optional<Label> label(String name) {
		return Optional.ofNullable(LABELS_BY_NAME.get(name));
	}

	/** The model label among a node's labels ({@code Entity} and unknown ones ignored). */
	public static Optional<Label> labelOf(Iterable<String> labels) {
		for (var name : labels) {
			var label = LABELS_BY_NAME.get(name);
			if (label != null) {
				return Optional.of(label);
			}
		}
		return Optional.empty();
	}

	/** The label whose read model {@code entity} is. */
	public static Label labelOf(Entity entity) {
		return LABELS_BY_READ_MODEL.get(entity.getClass());
	}

	/** Every relationship type, in the order of the declaration. */
	public static List<Relationship> relationships() {
		return RELATIONSHIPS;
	}

	public static Optional<Relationship> relationship(String type) {
		return Optional.ofNullable(RELATIONSHIPS_BY_TYPE.get(type));
	}

	/** Every relationship field of the API. */
	public static List<RelationshipField> fields() {
		return RELATIONSHIPS.stream().flatMap(relationship -> relationship.fields().stream()).toList();
	}

	public static List<LinkType> linkTypes() {
		return LINK_TYPES;
	}

	/** The computed fields of the entity types ({@code Type.field}) and what they compute. */
	public static Map<String, String> computedFields() {
		return COMPUTED_FIELDS;
	}

	/** Whether a property name is one of the system properties every node has ({@code id}, {@code version}). */
	public static boolean isSystemProperty(String name) {
		return ID.equals(name) || VERSION.equals(name);
	}

	/** The fields of every entity type that are neither properties nor relationship fields, and what they say. */
	public static Map<String, String> entityFields() {
		return ENTITY_FIELDS;
	}

	/** The labels the full-text search covers. */
	public static List<Label> searchableLabels() {
		return LABELS.stream().filter(Label::searchable).toList();
	}

	/** The properties the full-text index covers, over all labels, in the order first declared. */
	public static List<String> searchableProperties() {
		return LABELS.stream()
			.flatMap(label -> label.properties().stream())
			.filter(Property::searchable)
			.map(Property::name)
			.distinct()
			.toList();
	}

	/** How a policy document wrote a unit it charges with a task (市发展改革局, 区府办(区电子政务办)). */
	private static Property unitAsWritten() {
		return optional("asWritten", STRING);
	}

	/**
	 * When a later version of a policy document dropped the task or the link (no longer in force). Nothing is
	 * deleted: relationship fields leave out what is withdrawn ({@link #WITHDRAWN_ON}); it stays readable by
	 * id, and its history says why.
	 */
	private static Property withdrawnOn() {
		return optional(WITHDRAWN_ON, DATE);
	}

	/** How that unit was resolved to the body. */
	private static Property unitResolution() {
		return optionalOneOf("resolution", "UnitResolution", "EXACT", "ALIAS", "ABBREVIATION", "PROVISIONAL");
	}

	private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
		return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
	}

	static List<Label> labelsOf(Label... labels) {
		return Arrays.asList(labels);
	}

}
