package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a news web page as an article: its readable text with one paragraph a line and the
 * headline as line 1, its title and its publication date.
 *
 * <p>Page furniture (scripts, styles, navigation, header, footer, asides, forms) is dropped
 * because its words would otherwise be read as sentences of the article. Parsing is done by
 * jsoup from an in-memory string with no base URI: nothing is fetched, and DOCTYPE-declared
 * entities are never expanded, so a page cannot pull in a file or a URL.
 */
final class HtmlReader {
    private static final Set<String> FURNITURE = Set.of(
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
            "iframe", "object", "embed", "svg", "canvas", "button", "select", "textarea", "dialog", "menu");

    private static final Set<String> LINE_BREAKING = Set.of(
            "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "section", "article", "main", "figure", "figcaption", "table", "tr",
            "td", "th", "caption", "address", "hr", "details", "summary");

    /** Meta tags that carry the publication date, most specific first. */
    private static final List<String> DATE_SELECTORS = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=datePublished]", "meta[property=og:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]",
            "meta[name=dc.date]", "meta[name=dcterms.date]", "meta[name=date]");

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReader() {}

    /** The charset a page declares in a meta tag within its first bytes, or null. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static Article read(String id, String source, String html) throws InputProblem {
        if (html.isBlank()) throw new InputProblem("no text (whitespace only)");
        Document doc = Jsoup.parse(html, "");
        LocalDate published = publishedDate(doc);
        String title = title(doc);
        for (String tag : FURNITURE) doc.select(tag).remove();
        doc.select("[hidden], [aria-hidden=true]").remove();
        String body = blockText(doc.body());
        if (body.isBlank()) throw new InputProblem("no readable text in the HTML page");
        String firstLine = body.substring(0, body.indexOf('\n') < 0 ? body.length() : body.indexOf('\n'));
        String text = title == null || firstLine.equals(title) ? body : title + "\n" + body;
        return new Article(id, text, title, published, source);
    }

    private static String title(Document doc) {
        for (String candidate : new String[] {
                doc.select("meta[property=og:title]").attr("content"),
                firstText(doc, "h1"),
                doc.title()}) {
            String t = oneLine(candidate);
            if (!t.isEmpty()) return t;
        }
        return null;
    }

    private static String firstText(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.text();
    }

    private static LocalDate publishedDate(Document doc) {
        for (String selector : DATE_SELECTORS) {
            for (Element meta : doc.select(selector)) {
                LocalDate d = PublishDateParser.parse(meta.attr("content"));
                if (d != null) return d;
            }
        }
        for (Element time : doc.select("time[itemprop=datePublished], time[pubdate]")) {
            LocalDate d = PublishDateParser.parse(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
            if (d != null) return d;
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = JSON.readTree(script.data()).findValue("datePublished");
                LocalDate d = found == null ? null : PublishDateParser.parse(found.asText());
                if (d != null) return d;
            } catch (JsonProcessingException e) {
                // A page's broken structured data is its own business; other sources may still date it.
            }
        }
        return null;
    }

    /** The visible text, one block element (paragraph, heading, list item) a line. */
    private static String blockText(Element root) {
        if (root == null) return "";
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int preformatted;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // Outside <pre>, a newline in the source is layout, not a paragraph break.
                    out.append(preformatted > 0 ? t.getWholeText() : t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("pre")) preformatted++;
                    if (LINE_BREAKING.contains(e.normalName())) out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("pre")) preformatted--;
                    if (LINE_BREAKING.contains(e.normalName())) out.append('\n');
                }
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String clean = oneLine(line);
            if (!clean.isEmpty()) lines.add(clean);
        }
        return String.join("\n", lines);
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
