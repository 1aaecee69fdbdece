package org.integritygraph.report;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Recall reports ({@code integrity.reports.*}).
 *
 * @param cjkFont the font the PDF embeds for Chinese text: a TrueType font ({@code .ttf}) or collection
 * ({@code .ttc}, its first font is used) with TrueType outlines. Unset: the first of
 * {@code cjkFontCandidates} that exists
 * @param cjkFontCandidates where Debian's CJK font packages install such fonts, in order of preference
 * ({@code fonts-wqy-microhei}, {@code fonts-wqy-zenhei}, {@code fonts-droid-fallback},
 * {@code fonts-arphic-uming})
 * @param zone the time zone of the generation time printed in reports
 */
@ConfigurationProperties("integrity.reports")
public record ReportProperties(Path cjkFont,
		@DefaultValue({ "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
				"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
				"/usr/share/fonts/truetype/arphic/uming.ttc" }) List<String> cjkFontCandidates,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {

	public static final String CJK_FONT_PROPERTY = "integrity.reports.cjk-font";

}
