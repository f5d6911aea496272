package org.parley.serve.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {
    private static final String TEXT = "Egypt hosted Qatar. Egypt invited <Pakistan> to talks.";

    @Test
    void eachCitedSentenceIsMarkedAndTheTextIsEscaped() {
        String html = ArticleText.html(TEXT, List.of(new ArticleText.Span(20, 54, "Egypt invites Pakistan")), null, null);
        assertEquals("Egypt hosted Qatar. <mark title=\"Egypt invites Pakistan\">Egypt invited &lt;Pakistan&gt; to talks.</mark>", html);
    }

    @Test
    void theLinkedSentenceIsTheFocusAndOverlappingSpansNeverNest() {
        String html = ArticleText.html(TEXT, List.of(new ArticleText.Span(0, 19, "Egypt hosts Qatar"),
                new ArticleText.Span(6, 54, "wide")), 20, 54);
        assertEquals("<mark title=\"Egypt hosts Qatar\">Egypt </mark><mark title=\"Egypt hosts Qatar; wide\">hosted Qatar.</mark>"
                + "<mark title=\"wide\"> </mark><mark class=\"focus\" id=\"focus\" title=\"wide\">Egypt invited &lt;Pakistan&gt; to talks.</mark>", html);
    }

    @Test
    void offsetsBeyondTheTextAreClippedAndEmptySpansIgnored() {
        String html = ArticleText.html("Short.", List.of(new ArticleText.Span(3, 400, "x"), new ArticleText.Span(2, 2, "empty")), null, null);
        assertEquals("Sho<mark title=\"x\">rt.</mark>", html);
    }
}
