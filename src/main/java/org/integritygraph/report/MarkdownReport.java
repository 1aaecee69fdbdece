package org.integritygraph.report;

import java.util.List;

/**
 * The report as Markdown (CommonMark with GitHub tables): the same sections as the HTML, for pasting into
 * a case file or a ticket; section 二 (the responsibility diagram) is written out as a nested list.
 */
final class MarkdownReport {

	private final ReportText t;

	private final StringBuilder md = new StringBuilder();

	private MarkdownReport(ReportText text) {
		this.t = text;
	}

	static String write(RecallReport report, ReportText text, String generatedAt) {
		return new MarkdownReport(text).report(report, generatedAt);
	}

	private String report(RecallReport r, String generatedAt) {
		line("# " + t.msg("report.title") + ": " + inline(r.project().name()));
		line();
		line("*" + t.msg("report.subtitle") + "*");
		line();
		line("- " + t.msg("report.asOf") + ": " + t.date(r.at()));
		line("- " + t.msg("report.generatedAt") + ": " + generatedAt);
		line("- " + t.msg("report.dataVersion") + ": `" + r.provenance().dataVersion() + "`");
		line();
		summary(r);
		diagram(r);
		phases(r);
		contracts(r);
		commitments(r);
		records(r);
		provenance(r, generatedAt);
		return this.md.toString();
	}

	private void summary(RecallReport r) {
		var p = r.project();
		heading(t.msg("section.summary"));
		table(List.of("", ""));
		row(t.msg("project.name"), p.name());
		row(t.msg("project.id"), p.id());
		row(t.msg("project.kind"), t.label("kind", p.kind()));
		row(t.msg("project.owner"), t.name(r.owner()));
		row(t.msg("project.budget"), t.money(p.budget(), p.currency()));
		row(t.msg("project.status"), t.label("status", r.statusOn()));
		row(t.msg("project.phase"), t.label("stage", r.phaseOn()));
		row(t.msg("project.startedOn"), t.date(p.startedOn()));
		if (p.description() != null) {
			row(t.msg("project.description"), p.description());
		}
		row(t.msg("phase.period"), String.join("; ", r.phases()
			.stream()
			.map(phase -> t.label("stage", phase.phase().stage()) + ": " + t.period(phase.phase().from(), phase.phase().to()))
			.toList()));
		row(t.msg("common.sources"), t.sources(r.sources()));
		line();
	}

	/** Section 二 in words: per phase and responsibility, the holders with dates, the chain then, who answers now. */
	private void diagram(RecallReport r) {
		heading(t.msg("section.diagram"));
		line("> " + t.msg("diagram.markdown"));
		line();
		if (r.phases().isEmpty()) {
			line(t.msg("diagram.empty"));
			line();
		}
		for (var phase : r.phases()) {
			line("- **" + inline(t.label("stage", phase.phase().stage()) + " " + t.period(phase.phase().from(),
					phase.phase().to())) + "**");
			for (var resp : phase.responsibilities()) {
				var post = (resp.post() != null) ? t.postOf(resp.post(), resp.body())
						: t.name(resp.person()) + " (" + t.msg("resp.direct") + ")";
				line("  - " + inline(t.label("role", resp.role()) + " · " + post + ": " + t.holders(resp)));
				for (var holder : resp.holders()) {
					if (!t.above(holder.chain()).isEmpty()) {
						line("    - " + inline(t.name(holder.person()) + " → " + t.chain(holder.chain())));
					}
				}
				if (!resp.answerableNow().isEmpty()) {
					line("    - " + inline(t.msg("diagram.now") + ": " + String.join("; ", resp.answerableNow()
						.stream()
						.map(a -> t.holderNames(a.holders()) + " — " + t.postOf(a))
						.toList())));
				}
			}
		}
		line();
	}

	private void phases(RecallReport r) {
		heading(t.msg("section.phases"));
		line("> " + t.msg("report.intervalNote"));
		line();
		if (r.phases().isEmpty()) {
			line(t.msg("common.none"));
			line();
		}
		for (var phase : r.phases()) {
			line("### " + t.label("stage", phase.phase().stage()) + " " + t.period(phase.phase().from(), phase.phase().to()));
			line();
			table(List.of(t.msg("resp.role"), t.msg("resp.post"), t.msg("resp.holders"), t.msg("resp.chain"),
					t.msg("resp.now")));
			for (var resp : phase.responsibilities()) {
				var post = (resp.post() != null) ? t.postOf(resp.post(), resp.body())
						: t.name(resp.person()) + " (" + t.msg("resp.direct") + ")";
				var now = String.join("; ", resp.answerableNow()
					.stream()
					.map(a -> t.holderNames(a.holders()) + " — " + t.postOf(a))
					.toList());
				if (resp.holders().isEmpty()) {
					row(t.label("role", resp.role()), post + " " + t.period(resp.from(), resp.to()),
							t.msg("common.vacant"), "—", now);
				}
				for (var holder : resp.holders()) {
					row(t.label("role", resp.role()), post,
							t.name(holder.person()) + " (" + t.period(holder.overlapFrom(), holder.overlapTo()) + ")",
							t.chain(holder.chain()), now);
				}
				if (!resp.vacancies().isEmpty() && !resp.holders().isEmpty()) {
					row(t.label("role", resp.role()), post, t.vacancies(resp.vacancies()), "—", now);
				}
			}
			line();
			if (!phase.decisions().isEmpty()) {
				line("**" + t.msg("phase.decisions") + "**");
				line();
				for (var d : phase.decisions()) {
					var decision = d.decision();
					line("- " + inline((decision.docNo() == null ? "" : decision.docNo() + " ") + decision.title()) + " — "
							+ t.date(decision.decidedOn()) + " — " + t.msg("decision.decidedBy") + ": "
							+ inline(t.names(d.decidedBy())));
				}
				line();
			}
		}
	}

	private void contracts(RecallReport r) {
		heading(t.msg("section.contracts"));
		if (r.contracts().isEmpty()) {
			line(t.msg("common.none"));
			line();
		}
		for (var k : r.contracts()) {
			var contract = k.contract();
			line("### " + inline(contract.title()));
			line();
			table(List.of("", ""));
			row(t.msg("contract.kind"), t.label("contractKind", contract.kind()));
			row(t.msg("contract.value"), t.money(contract.value(), contract.currency()));
			row(t.msg("contract.signedOn"), t.date(contract.signedOn()));
			row(t.msg("contract.validity"), t.period(contract.validFrom(), contract.validTo()));
			row(t.msg("contract.parties"), String.join("; ", k.parties()
				.stream()
				.map(p -> t.label("partyRole", p.property("role")) + ": " + t.name(p.other()))
				.toList()));
			row(t.msg("contract.signers"), String.join("; ", k.signatures()
				.stream()
				.map(s -> t.name((org.integritygraph.model.entity.Entity) s.actor()) + " (" + t.date(s.on()) + ")"
						+ s.answerable().stream().map(a -> " — " + t.postOf(a)).reduce("", String::concat))
				.toList()));
			row(t.msg("common.sources"), t.sources(k.sources()));
			line();
		}
	}

	private void commitments(RecallReport r) {
		heading(t.msg("section.commitments"));
		if (r.commitments().isEmpty()) {
			line(t.msg("common.none"));
			line();
		}
		for (var c : r.commitments()) {
			var commitment = c.commitment();
			line("### " + inline(commitment.title()) + " [" + t.label("commitmentStatus", c.statusOn()) + "]");
			line();
			table(List.of("", ""));
			row(t.msg("commitment.kind"), t.label("commitmentKind", commitment.kind()));
			row(t.msg("commitment.maker"), t.name(c.madeBy()));
			row(t.msg("commitment.signer"), (c.signature() == null) ? "—"
					: t.name(c.signature().other()) + " (" + t.date((java.time.LocalDate) c.signature().property("on")) + ")");
			row(t.msg("commitment.madeOn"), t.date(commitment.madeOn()));
			row(t.msg("commitment.dueOn"), t.date(commitment.dueOn()));
			if (commitment.amount() != null) {
				row(t.msg("commitment.amount"), t.money(commitment.amount(), commitment.currency()));
			}
			if (c.contract() != null) {
				row(t.msg("commitment.contract"), c.contract().title());
			}
			row(t.msg("commitment.history"), String.join("; ", c.history()
				.stream()
				.map(h -> t.date(h.on()) + " " + t.label("commitmentStatus", h.status())
						+ ((h.reason() == null) ? "" : " (" + h.reason() + ")"))
				.toList()));
			if (c.accountability() != null) {
				row(t.msg("commitment.then"), String.join("; ", t.then(c.accountability())
					.stream()
					.map(a -> t.holderNames(a.answer().holders()) + " — " + t.postOf(a.answer()) + " (" + t.answerBasis(a)
							+ ", " + t.date(a.answer().on()) + ")")
					.toList()));
				row(t.msg("commitment.now"), String.join("; ", c.accountability()
					.answerableToday()
					.stream()
					.map(a -> t.holderNames(a.holders()) + " — " + t.postOf(a) + " (" + t.label("basis", a.basis()) + ", "
							+ t.date(a.on()) + ")")
					.toList()));
			}
			row(t.msg("common.sources"), t.sources(c.sources()));
			line();
		}
	}

	private void records(RecallReport r) {
		heading(t.msg("section.records"));
		if (r.records().isEmpty()) {
			line(t.msg("common.none"));
			line();
		}
		for (var rec : r.records()) {
			var record = rec.record();
			line("### " + inline(record.title()));
			line();
			table(List.of("", ""));
			row(t.msg("record.kind"), t.label("recordKind", record.kind()) + " (" + t.msg("record.relation." + rec.relation())
					+ ")");
			row(t.msg("record.severity"), t.label("severity", record.severity()));
			row(t.msg("record.status"), t.label("recordStatus", rec.statusOn()));
			row(t.msg("record.docNo"), (record.docNo() == null) ? "—" : record.docNo());
			row(t.msg("record.decidedOn"), t.date(record.decidedOn()));
			row(t.msg("record.issuer"), t.name(rec.issuer()));
			row(t.msg("record.against"), t.names(rec.against()));
			if (!rec.concerns().isEmpty()) {
				row(t.msg("record.concerns"), String.join("; ", rec.concerns().stream().map(t::concern).toList()));
			}
			row(t.msg("record.events"), String.join("; ", rec.events()
				.stream()
				.map(e -> t.date(e.on()) + " " + t.label("recordEvent", e.kind())
						+ ((e.actor() == null) ? "" : " (" + e.actor() + ")"))
				.toList()));
			row(t.msg("common.sources"), t.sources(rec.sources()));
			line();
		}
	}

	private void provenance(RecallReport r, String generatedAt) {
		var p = r.provenance();
		heading(t.msg("section.provenance"));
		line("- " + t.msg("report.asOf") + ": " + t.date(p.asOf()));
		line("- " + t.msg("report.generatedAt") + ": " + generatedAt);
		line("- " + t.msg("report.dataVersion") + ": `" + p.dataVersion() + "`");
		line();
		line(t.msg("prov.note"));
		line();
		if (!p.sources().isEmpty()) {
			table(List.of(t.msg("prov.document"), t.msg("prov.facts")));
			for (var s : p.sources()) {
				row(t.source(s.document()), String.join("; ", s.facts().stream().map(this::fact).toList()));
			}
			line();
		}
		if (!p.unsourced().isEmpty()) {
			line("**" + t.msg("prov.unsourced") + "**");
			line();
			p.unsourced().forEach(f -> line("- " + inline(fact(f))));
			line();
		}
	}

	private String fact(ReportProvenance.FactRef f) {
		return t.label("fact", f.type()) + ": "
				+ (f.type().equals("PHASE") ? t.label("stage", f.label()) : f.label());
	}

	private void heading(String text) {
		line("## " + inline(text));
		line();
	}

	private void table(List<String> headers) {
		line("| " + String.join(" | ", headers.stream().map(MarkdownReport::cell).toList()) + " |");
		line("|" + "---|".repeat(headers.size()));
	}

	private void row(String... cells) {
		line("| " + String.join(" | ", java.util.Arrays.stream(cells).map(MarkdownReport::cell).toList()) + " |");
	}

	private void line(String text) {
		this.md.append(text).append('\n');
	}

	private void line() {
		this.md.append('\n');
	}

	/** A table cell: one line, pipes escaped. */
	static String cell(String text) {
		return inline(text).replace("|", "\\|");
	}

	/** Inline text: Markdown's active characters escaped, line breaks folded. */
	static String inline(String text) {
		if (text == null) {
			return "—";
		}
		return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
	}

}
