package org.integritygraph.ingest;

import static org.integritygraph.ingest.PropertySpec.optional;
import static org.integritygraph.ingest.PropertySpec.optionalOneOf;
import static org.integritygraph.ingest.PropertySpec.required;
import static org.integritygraph.ingest.ValueType.BOOLEAN;
import static org.integritygraph.ingest.ValueType.DATE;
import static org.integritygraph.ingest.ValueType.DIVISION_CODE;
import static org.integritygraph.ingest.ValueType.NUMBER;
import static org.integritygraph.ingest.ValueType.STRING;
import static org.integritygraph.ingest.ValueType.STRING_LIST;
import static org.integritygraph.ingest.ValueType.USCC;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integritygraph.model.BodyKind;
import org.integritygraph.model.CommitmentKind;
import org.integritygraph.model.CommitmentStatus;
import org.integritygraph.model.ContractKind;
import org.integritygraph.model.Level;
import org.integritygraph.model.PhaseStage;
import org.integritygraph.model.ProjectKind;
import org.integritygraph.model.ProjectStatus;
import org.integritygraph.model.RecordEventKind;
import org.integritygraph.model.RecordKind;
import org.integritygraph.model.RecordStatus;
import org.integritygraph.model.Severity;

/**
 * The node labels of graph-schema/README.md and their properties. Every node also has the
 * required string {@code id} (not listed here: it is the reserved key of a node line) and the
 * label {@code Entity}.
 */
enum NodeLabel {

	BODY("Body", // 机关/单位
			required("name", STRING), optional("nameEn", STRING), required("kind", BodyKind.class),
			optional("level", Level.class), optional("divisionCode", DIVISION_CODE), optional("uscc", USCC),
			optional("establishedOn", DATE), optional("abolishedOn", DATE),
			// issue #12: created from a policy document's unit, awaiting review (待核实)
			optional("provisional", BOOLEAN)),

	PERSON("Person", // 公职人员
			required("name", STRING), optional("nameEn", STRING), optionalOneOf("gender", "M", "F"),
			optional("birthDate", DATE)),

	POST("Post", // 职务
			required("title", STRING), optional("titleEn", STRING), optional("principal", BOOLEAN),
			optional("grade", STRING)),

	PROJECT("Project", // 项目
			required("name", STRING), optional("nameEn", STRING), required("kind", ProjectKind.class),
			optional("phase", PhaseStage.class), required("status", ProjectStatus.class),
			optional("budget", NUMBER), optional("currency", STRING), optional("startedOn", DATE),
			optional("description", STRING)),

	PHASE("Phase", // 项目阶段
			required("stage", PhaseStage.class), required("from", DATE), optional("to", DATE)),

	DECISION("Decision", // 重大决策
			optional("docNo", STRING), required("title", STRING), required("decidedOn", DATE),
			optional("summary", STRING)),

	CONTRACT("Contract", // 合同
			required("title", STRING), required("kind", ContractKind.class), optional("value", NUMBER),
			optional("currency", STRING), optional("signedOn", DATE), optional("validFrom", DATE),
			optional("validTo", DATE)),

	COMPANY("Company", // 企业/社会资本
			required("name", STRING), optional("nameEn", STRING), optional("uscc", USCC)),

	COMMITMENT("Commitment", // 承诺
			required("title", STRING), optional("text", STRING), required("kind", CommitmentKind.class),
			required("status", CommitmentStatus.class), optional("madeOn", DATE), optional("dueOn", DATE),
			optional("amount", NUMBER), optional("currency", STRING)),

	COMMITMENT_EVENT("CommitmentEvent", // 承诺状态变更
			required("status", CommitmentStatus.class), required("on", DATE), optional("actor", STRING),
			optional("reason", STRING)),

	RECORD("Record", // 诚信记录
			required("kind", RecordKind.class), required("severity", Severity.class),
			required("status", RecordStatus.class), required("title", STRING), optional("docNo", STRING),
			required("decidedOn", DATE), optional("disclosureUntil", DATE), optional("summary", STRING)),

	RECORD_EVENT("RecordEvent", // 记录事件
			required("kind", RecordEventKind.class), required("on", DATE), optional("actor", STRING),
			optional("reason", STRING)),

	DOCUMENT("Document", // 文件
			optional("docNo", STRING), required("title", STRING), optional("issuedOn", DATE),
			optional("text", STRING), optional("url", STRING),
			// issue #12: the issuer as the document names it; simplified-Chinese copy for search
			optional("issuerName", STRING), optional("searchText", STRING)),

	TASK("Task", // 任务
			required("number", STRING), required("text", STRING),
			// issue #12: structure, dates, the units as the document writes them, search copy
			optional("title", STRING), optional("part", STRING), optional("section", STRING),
			optional("dueOn", DATE), optional("doneOn", DATE), optional("leadUnits", STRING_LIST),
			optional("cooperatingUnits", STRING_LIST), optional("responsibleUnits", STRING_LIST),
			optional("generalAssignees", STRING_LIST), optional("searchText", STRING));

	private static final Map<String, NodeLabel> BY_LABEL = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(NodeLabel::label, Function.identity()));

	private final String label;

	private final Map<String, PropertySpec> properties;

	NodeLabel(String label, PropertySpec... properties) {
		this.label = label;
		this.properties = PropertySpec.byName(properties);
	}

	/** The label as it is written in the graph and in the import format. */
	String label() {
		return this.label;
	}

	Optional<PropertySpec> property(String name) {
		return Optional.ofNullable(this.properties.get(name));
	}

	List<PropertySpec> properties() {
		return List.copyOf(this.properties.values());
	}

	static Optional<NodeLabel> of(String label) {
		return Optional.ofNullable(BY_LABEL.get(label));
	}

	@Override
	public String toString() {
		return this.label;
	}

}
