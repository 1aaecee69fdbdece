package org.integritygraph.report;

/** File names of reports, the same for downloads and for the batch command. */
final class ReportFiles {

	private ReportFiles() {
	}

	/** {@code 项目责任回溯报告-<project id>-<as-of date>.<ext>}, the id made safe for any file system. */
	static String fileName(RecallReport report, String extension) {
		return "项目责任回溯报告-" + safe(report.project().id()) + "-" + report.at() + "." + extension;
	}

	/** The same in ASCII: {@code recall-report-<project id>-<as-of date>.<ext>}. */
	static String asciiFileName(RecallReport report, String extension) {
		return "recall-report-" + safe(report.project().id()).replaceAll("[^A-Za-z0-9._-]", "_") + "-" + report.at() + "."
				+ extension;
	}

	/** The batch command's file name: {@code <project id>.<ext>}, so a folder lists reports by project. */
	static String batchFileName(String projectId, String extension) {
		return safe(projectId) + "." + extension;
	}

	static String safe(String id) {
		return id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}

}
