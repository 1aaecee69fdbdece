package org.integritygraph.report;

import java.time.LocalDate;

import org.integritygraph.graph.Viewer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code recallReport}: the recall report (项目责任回溯报告) as structured data. */
@Controller
class RecallReportController {

	private final RecallReportService reports;

	private final ReportRenderer renderer;

	RecallReportController(RecallReportService reports, ReportRenderer renderer) {
		this.reports = reports;
		this.renderer = renderer;
	}

	@QueryMapping
	RecallReport recallReport(@Argument String projectId, @Argument LocalDate at,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		return this.reports.as(viewer).report(projectId, at).orElse(null);
	}

	@SchemaMapping(typeName = "RecallReport")
	String diagramSvg(RecallReport report, @Argument ReportLanguage lang) {
		return this.renderer.diagram(report, (lang != null) ? lang : ReportLanguage.ZH);
	}

}
