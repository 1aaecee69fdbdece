package org.integritygraph.report;

/** 职务 in a report: the post and the body it belongs to. */
public record ReportPost(String id, String title, String titleEn, boolean principal, Ref body) {

	public String title(boolean english) {
		return (english && this.titleEn != null) ? this.titleEn : this.title;
	}

}
