package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Resolution of units as written to bodies of a jurisdiction, without a database. */
class UnitResolverTest {

	static final LocalDate ISSUED = LocalDate.of(2020, 6, 1);

	final UnitResolver resolver = new UnitResolver(UnitAliases.builtIn());

	static Body body(String id, String name) {
		return new Body(id, name, null, "DEPARTMENT", "CITY", null, null, null, null, false, 0);
	}

	static Jurisdiction city(Body... bodies) {
		return new Jurisdiction(body("bd-city", "青禾市人民政府"), UnitNames.placesOf("青禾市"), "CITY", List.of(bodies));
	}

	static Jurisdiction district(Body... bodies) {
		return new Jurisdiction(body("bd-hexi", "青禾市河西区人民政府"), UnitNames.placesOf("青禾市河西区"), "COUNTY",
				List.of(bodies));
	}

	@Test
	void cityPrefix_isTheIssuingCity() {
		var finance = body("bd-finance", "青禾市财政局");

		var resolution = this.resolver.resolve("市财政局", city(finance), ISSUED);

		assertThat(resolution.how()).isEqualTo(Resolution.How.EXACT);
		assertThat(resolution.body()).isEqualTo(finance);
	}

	@Test
	void developmentAndReform_longAndShortNames_resolveBothWays() {
		var commission = body("bd-drc", "青禾市发展和改革委员会");
		var bureau = body("bd-drb", "松岭市发展改革局");
		var songling = new Jurisdiction(null, UnitNames.placesOf("松岭市"), "CITY", List.of(bureau));

		assertThat(this.resolver.resolve("市发展改革局", city(commission), ISSUED)).satisfies(r -> {
			assertThat(r.how()).isEqualTo(Resolution.How.ABBREVIATION);
			assertThat(r.body()).isEqualTo(commission);
		});
		assertThat(this.resolver.resolve("市发改委", city(commission), ISSUED).body()).isEqualTo(commission);
		assertThat(this.resolver.resolve("市发展和改革委员会", songling, ISSUED).body()).isEqualTo(bureau);
	}

	@Test
	void districtDocument_districtPrefixOrNoPrefix_isTheDistrictsBody() {
		var hrss = body("bd-hexi-hrss", "河西区人力资源和社会保障局");
		var cityHrss = body("bd-city-hrss", "青禾市人力资源和社会保障局");

		assertThat(this.resolver.resolve("区人社局", district(hrss, cityHrss), ISSUED).body()).isEqualTo(hrss);
		assertThat(this.resolver.resolve("人社局", district(hrss, cityHrss), ISSUED).body()).isEqualTo(hrss);
		assertThat(this.resolver.resolve("人社局", district(hrss, cityHrss), ISSUED).how())
			.isEqualTo(Resolution.How.ABBREVIATION);
	}

	@Test
	void generalOffice_shortFormsAndTheAliasInBrackets() {
		var office = body("bd-office", "青禾市人民政府办公室");
		var hexiOffice = body("bd-hexi-office", "青禾市河西区人民政府办公室");
		var egov = body("bd-hexi-egov", "河西区电子政务办");

		assertThat(this.resolver.resolve("市府办", city(office), ISSUED).body()).isEqualTo(office);
		assertThat(this.resolver.resolve("市政府办公室", city(office), ISSUED).body()).isEqualTo(office);
		assertThat(this.resolver.resolve("区府办(区电子政务办)", district(hexiOffice, egov), ISSUED)).satisfies(r -> {
			assertThat(r.body()).as("the name before its alias").isEqualTo(hexiOffice);
			assertThat(r.how()).isEqualTo(Resolution.How.ALIAS);
		});
		assertThat(this.resolver.resolve("区府办（区电子政务办）", district(egov), ISSUED)).satisfies(r -> {
			assertThat(r.body()).as("the alias in brackets when the name finds nothing").isEqualTo(egov);
			assertThat(r.how()).isEqualTo(Resolution.How.EXACT);
		});
	}

	@Test
	void traditionalCharacters_resolveLikeSimplifiedOnes() {
		var finance = body("bd-finance", "青禾市财政局");

		assertThat(this.resolver.resolve("市財政局", city(finance), ISSUED).body()).isEqualTo(finance);
	}

	@Test
	void genericAddressees_areACategory_notABody() {
		var county = body("bd-songling", "各县人民政府");

		assertThat(this.resolver.resolve("各县〈区〉人民政府", city(county), ISSUED).how()).isEqualTo(Resolution.How.GENERAL);
		assertThat(this.resolver.resolve("市直各有关部门", city(), ISSUED).how()).isEqualTo(Resolution.How.GENERAL);
		assertThat(this.resolver.resolve("其他有关部门", city(), ISSUED).how()).isEqualTo(Resolution.How.GENERAL);
	}

	@Test
	void unknownUnit_isUnresolved_neverTheNearestName() {
		var resolution = this.resolver.resolve("市招商办", city(body("bd-commerce", "青禾市商务局"),
				body("bd-invest", "青禾市招商局")), ISSUED);

		assertThat(resolution.how()).isEqualTo(Resolution.How.UNRESOLVED);
		assertThat(resolution.body()).isNull();
	}

	@Test
	void twoBodiesAnsweringToOneUnit_areAmbiguous() {
		var resolution = this.resolver.resolve("市发改委",
				city(body("bd-a", "青禾市发展和改革委员会"), body("bd-b", "青禾市发展改革局")), ISSUED);

		assertThat(resolution.how()).isEqualTo(Resolution.How.AMBIGUOUS);
		assertThat(resolution.candidates()).extracting(Body::id).containsExactly("bd-a", "bd-b");
	}

	@Test
	void aBodyAbolishedBeforeTheDocument_givesWayToTheOneOfThatDate() {
		var old = new Body("bd-old", "青禾市城市管理局", null, "DEPARTMENT", "CITY", null, null, null, LocalDate.of(2019, 3, 1), false, 0);
		var current = body("bd-new", "青禾市城市管理局");

		assertThat(this.resolver.resolve("市城市管理局", city(old, current), ISSUED).body()).isEqualTo(current);
		assertThat(this.resolver.resolve("市城市管理局", city(old, current), LocalDate.of(2018, 1, 1)).how())
			.as("both existed then").isEqualTo(Resolution.How.AMBIGUOUS);
	}

	@Test
	void userAliases_areTriedFirst_andOnlyInTheirPlace(@TempDir Path dir) throws IOException {
		var file = dir.resolve("aliases.tsv");
		Files.writeString(file, "# mine\n人行青禾中心支行\t中国人民银行青禾市中心支行\t青禾市\n市招商办\t市招商局\t揭阳市\n");
		var resolver = new UnitResolver(UnitAliases.withUserFile(file));
		var bank = body("bd-pbc", "中国人民银行青禾市中心支行");
		var invest = body("bd-invest", "青禾市招商局");

		assertThat(resolver.resolve("人行青禾中心支行", city(bank), ISSUED).how()).isEqualTo(Resolution.How.ALIAS);
		assertThat(resolver.resolve("市招商办", city(invest), ISSUED).how()).as("an alias of 揭阳市 only")
			.isEqualTo(Resolution.How.UNRESOLVED);
		assertThat(resolver.resolve("市督查室", city(body("bd-inspect", "青禾市人民政府督查室")), ISSUED).how())
			.as("the built-in table still applies").isEqualTo(Resolution.How.ALIAS);
	}

	@Test
	void provisionalBodies_areNamedInFullWithinTheJurisdiction() {
		var jieyang = new Jurisdiction(null, UnitNames.placesOf("揭阳市"), "CITY", List.of());

		assertThat(this.resolver.provisionalName("市政管办", jieyang)).isEqualTo("揭阳市政管办");
		assertThat(this.resolver.provisionalName("人行揭阳中心支行", jieyang)).isEqualTo("人行揭阳中心支行");
		assertThat(this.resolver.provisionalName("人社局", district())).isEqualTo("青禾市河西区人社局");
		assertThat(this.resolver.provisionalName("市督查室", jieyang)).isEqualTo("揭阳市人民政府督查室");
		assertThat(DocumentImporter.kindOf("揭阳市中级人民法院")).isEqualTo("COURT");
		assertThat(DocumentImporter.kindOf("揭阳市委宣传部")).isEqualTo("PARTY_ORGAN");
		assertThat(DocumentImporter.kindOf("揭阳市公共资源交易中心")).isEqualTo("PUBLIC_INSTITUTION");
		assertThat(DocumentImporter.kindOf("揭阳市政管办")).isEqualTo("DEPARTMENT");
	}

	@Test
	void documentIds_comeFromThe文号_whateverTheScriptOrBrackets() {
		var simplified = new ParsedDocument("卫政办发〔2018〕175号", "t", null, null, "", List.of(), List.of());
		var traditional = new ParsedDocument("衛政辦發[2018]175號", "t", null, null, "", List.of(), List.of());
		var withoutDocNo = new ParsedDocument(null, "某市关于进一步优化营商环境的若干措施", null, null, "", List.of(), List.of());

		assertThat(DocumentLines.documentId(simplified)).isEqualTo("doc-卫政办发-2018-175");
		assertThat(DocumentLines.documentId(traditional)).isEqualTo("doc-卫政办发-2018-175");
		assertThat(DocumentLines.documentId(withoutDocNo)).isEqualTo("doc-某市关于进一步优化营商环境的若干措施");
		assertThat(DocumentLines.taskId("doc-卫政办发-2018-175", "10")).isEqualTo("doc-卫政办发-2018-175/10");
	}

}
