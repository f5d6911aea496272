package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    private static final Pattern DATA = Pattern.compile("<script id=\"parley-data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void pageHasNoReferenceToAnythingOutsideIt() throws Exception {
        String html = WriterTesting.write(new HtmlWriter(), ExportFixtures.bothVisual());
        assertFalse(Pattern.compile("<script[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "external script");
        assertFalse(Pattern.compile("<link\\b", Pattern.CASE_INSENSITIVE).matcher(html).find(), "linked resource");
        assertFalse(html.contains("@import"), "imported style sheet");
        assertTrue(html.contains("cytoscape"), "Cytoscape.js is inlined");
    }

    @Test
    void noNameCanCloseTheScriptThatHoldsTheGraph() throws Exception {
        String html = WriterTesting.write(new HtmlWriter(), ExportFixtures.bothVisual());
        // the special name contains "</script><!--"; only the page's own script elements may close
        assertEquals(count(html, "<script"), count(html, "</script>"));
        Matcher m = DATA.matcher(html);
        assertTrue(m.find());
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        boolean found = false;
        for (JsonNode n : data.get("elements").get("nodes")) found |= n.get("data").get("label").asText().equals(ExportFixtures.SPECIAL);
        assertTrue(found, "the special name round-trips through the embedded JSON");
        assertEquals(NodeType.values().length, data.get("palette").size());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
