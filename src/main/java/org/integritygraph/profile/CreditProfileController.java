package org.integritygraph.profile;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.report.ReportLanguage;
import org.integritygraph.report.ReportRenderer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** 信用档案 and the consequence rules over GraphQL ({@code profile.graphqls}). */
@Controller
class CreditProfileController {

	private final CreditProfileService profiles;

	private final ConsequenceRules rules;

	private final ReportRenderer renderer;

	CreditProfileController(CreditProfileService profiles, ConsequenceRules rules, ReportRenderer renderer) {
		this.profiles = profiles;
		this.rules = rules;
		this.renderer = renderer;
	}

	@QueryMapping
	CreditProfile creditProfile(@Argument String id, @Argument LocalDate at) {
		return this.profiles.profile(id, at).orElse(null);
	}

	@QueryMapping
	ConsequenceRuleTable consequenceRules(@Argument String divisionCode, @Argument LocalDate at) {
		return this.rules.inForce(divisionCode, this.profiles.today(at));
	}

	@QueryMapping
	List<ConsequenceRuleTable> consequenceRuleVersions() {
		return this.rules.versions();
	}

	/** Administrators only (checked by {@code PolicyTables.publish}). */
	@MutationMapping
	Payload publishConsequenceRules(@Argument PublishInput input) {
		return new Payload(this.rules.publish(input.scope(), input.effectiveFrom(), input.rules(), input.reason()));
	}

	@SchemaMapping(typeName = "CreditProfile", field = "timelineSvg")
	String timelineSvg(CreditProfile profile, @Argument ReportLanguage lang) {
		return TimelineChart.svg(profile, this.renderer.text(lang));
	}

	@SchemaMapping(typeName = "Measure", field = "name")
	String measureName(Measure measure, @Argument ReportLanguage lang) {
		return this.renderer.text(lang).label("measure", measure.kind().name());
	}

	@SchemaMapping(typeName = "CreditProfile", field = "measuresInForce")
	List<Measure> measuresInForce(CreditProfile profile) {
		return profile.measuresInForce();
	}

	@SchemaMapping(typeName = "Measure", field = "basis")
	LegalBasis basis(Measure measure) {
		return measure.basis();
	}

	@SchemaMapping(typeName = "ConsequenceRuleTable", field = "builtIn")
	boolean builtIn(ConsequenceRuleTable table) {
		return table.builtIn();
	}

	record PublishInput(String scope, LocalDate effectiveFrom, String reason, List<ConsequenceRule> rules) {
	}

	record Payload(ConsequenceRuleTable table) {
	}

}
