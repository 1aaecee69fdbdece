package org.integritygraph.document;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The formats a policy document comes in, and how each becomes plain lines of text. */
enum SourceFormat {

	/** Text as published, or as a PDF-to-text tool wrote it. */
	PLAIN,

	/** Markdown: headings, emphasis and escapes are dropped, the words kept. */
	MARKDOWN,

	/** An HTML page: its body's text, one line per block element. */
	HTML;

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
			"table", "section", "article", "header", "footer", "pre", "blockquote", "ul", "ol", "dd", "dt", "hr");

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]*");

	private static final Pattern MARKDOWN_QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");

	private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");

	private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");

	/** By the file's name; a file without a known extension that holds markup is read as HTML. */
	static SourceFormat of(String fileName, String content) {
		var name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
			return HTML;
		}
		if (name.endsWith(".md") || name.endsWith(".markdown")) {
			return MARKDOWN;
		}
		var start = content.stripLeading().toLowerCase(Locale.ROOT);
		return (start.startsWith("<!doctype html") || start.startsWith("<html")) ? HTML : PLAIN;
	}

	/** The document as plain text, one paragraph or line per line. */
	String toText(String content) {
		var text = content.replace("\r\n", "\n").replace('\r', '\n');
		return switch (this) {
			case PLAIN -> text;
			case MARKDOWN -> markdownToText(text);
			case HTML -> htmlToText(text);
		};
	}

	private static String markdownToText(String markdown) {
		var text = MARKDOWN_HEADING.matcher(markdown).replaceAll("");
		text = MARKDOWN_QUOTE.matcher(text).replaceAll("");
		text = MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
		return MARKDOWN_ESCAPE.matcher(text).replaceAll("$1");
	}

	private static String htmlToText(String html) {
		var page = Jsoup.parse(html);
		page.select("script, style, noscript, template").remove();
		var text = new StringBuilder();
		page.body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText().replaceAll("[\\r\\n\\t ]+", " "));
				}
				else if (isBlock(node)) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (isBlock(node)) {
					text.append('\n');
				}
			}

		});
		return text.toString();
	}

	private static boolean isBlock(Node node) {
		return node instanceof Element element && BLOCKS.contains(element.normalName());
	}

}
