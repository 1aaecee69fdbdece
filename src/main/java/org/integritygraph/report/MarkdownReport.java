package org.integritygraph.report;

import java.util.List;

/**
 * The report as Markdown (CommonMark with GitHub tables): the same sections as the HTML, for pasting into
 * a case file or a ticket. The diagram is not repeated here; its content is in the phase tables.
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
		row(t.msg("project.owner"), t.name(p.owner()));
		row(t.msg("project.budget"), t.money(p.budget(), p.currency()));
		row(t.msg("project.status"), t.label("status", p.status()));
		row(t.msg("project.phase"), t.label("stage", p.currentPhase()));
		row(t.msg("project.startedOn"), t.date(p.startedOn()));
		if (p.description() != null) {
			row(t.msg("project.description"), p.description());
		}
		row(t.msg("common.sources"), t.sources(p.sources()));
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
			line("### " + t.label("stage", phase.stage()) + " " + t.period(phase.from(), phase.to()));
			line();
			table(List.of(t.msg("resp.role"), t.msg("resp.post"), t.msg("resp.holders"), t.msg("resp.chain"),
					t.msg("resp.now")));
			for (var resp : phase.responsibilities()) {
				var post = (resp.post() != null) ? t.postOf(resp.post())
						: t.name(resp.person()) + " (" + t.msg("resp.direct") + ")";
				var now = String.join("; ", resp.now()
					.stream()
					.map(a -> t.holders(a.holders()) + " — " + t.postOf(a.post()))
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
			}
			line();
			if (!phase.decisions().isEmpty()) {
				line("**" + t.msg("phase.decisions") + "**");
				line();
				for (var d : phase.decisions()) {
					line("- " + inline((d.docNo() == null ? "" : d.docNo() + " ") + d.title()) + " — "
							+ t.date(d.decidedOn()) + " — " + t.msg("decision.decidedBy") + ": "
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
			line("### " + inline(k.title()));
			line();
			table(List.of("", ""));
			row(t.msg("contract.kind"), t.label("contractKind", k.kind()));
			row(t.msg("contract.value"), t.money(k.value(), k.currency()));
			row(t.msg("contract.signedOn"), t.date(k.signedOn()));
			row(t.msg("contract.validity"), t.period(k.validFrom(), k.validTo()));
			row(t.msg("contract.parties"), String.join("; ",
					k.parties().stream().map(p -> t.label("partyRole", p.role()) + ": " + t.name(p.party())).toList()));
			row(t.msg("contract.signers"), String.join("; ",
					k.signers().stream().map(s -> t.name(s.person()) + " (" + t.date(s.on()) + ")").toList()));
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
			line("### " + inline(c.title()) + " [" + t.label("commitmentStatus", c.status()) + "]");
			line();
			table(List.of("", ""));
			row(t.msg("commitment.kind"), t.label("commitmentKind", c.kind()));
			row(t.msg("commitment.maker"), t.name(c.madeBy()));
			row(t.msg("commitment.signer"), (c.signature() == null) ? "—"
					: t.name(c.signature().person()) + " (" + t.date(c.signature().on()) + ")");
			row(t.msg("commitment.madeOn"), t.date(c.madeOn()));
			row(t.msg("commitment.dueOn"), t.date(c.dueOn()));
			if (c.amount() != null) {
				row(t.msg("commitment.amount"), t.money(c.amount(), c.currency()));
			}
			if (c.contractTitle() != null) {
				row(t.msg("commitment.contract"), c.contractTitle());
			}
			row(t.msg("commitment.history"), String.join("; ", c.history()
				.stream()
				.map(h -> t.date(h.on()) + " " + t.label("commitmentStatus", h.status())
						+ ((h.reason() == null) ? "" : " (" + h.reason() + ")"))
				.toList()));
			if (c.accountability() != null) {
				row(t.msg("commitment.then"), answers(c.accountability().then()));
				row(t.msg("commitment.now"), answers(c.accountability().now()));
			}
			row(t.msg("common.sources"), t.sources(c.sources()));
			line();
		}
	}

	private String answers(List<ReportAccountability.ReportAnswer> answers) {
		if (answers.isEmpty()) {
			return "—";
		}
		return String.join("; ", answers.stream()
			.map(a -> t.holders(a.holders()) + " — " + t.postOf(a.post()) + " (" + t.answerBasis(a) + ", "
					+ t.date(a.on()) + ")")
			.toList());
	}

	private void records(RecallReport r) {
		heading(t.msg("section.records"));
		if (r.records().isEmpty()) {
			line(t.msg("common.none"));
			line();
		}
		for (var rec : r.records()) {
			line("### " + inline(rec.title()));
			line();
			table(List.of("", ""));
			row(t.msg("record.kind"), t.label("recordKind", rec.kind()) + " (" + t.msg("record.relation." + rec.relation())
					+ ")");
			row(t.msg("record.severity"), t.label("severity", rec.severity()));
			row(t.msg("record.status"), t.label("recordStatus", rec.status()));
			row(t.msg("record.docNo"), (rec.docNo() == null) ? "—" : rec.docNo());
			row(t.msg("record.decidedOn"), t.date(rec.decidedOn()));
			row(t.msg("record.issuer"), t.name(rec.issuer()));
			row(t.msg("record.against"), t.names(rec.against()));
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
