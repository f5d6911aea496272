package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishDateParserTest {
    private static final LocalDate APRIL_12 = LocalDate.of(2025, 4, 12);

    @Test
    void readsTheFormsCrawlersAndPagesUse() {
        assertEquals(APRIL_12, PublishDateParser.parse("2025-04-12 14:30:00"));
        assertEquals(APRIL_12, PublishDateParser.parse("2025-04-12T14:30:00Z"));
        assertEquals(APRIL_12, PublishDateParser.parse("2025-04-12T14:30:00.123+04:00"));
        assertEquals(APRIL_12, PublishDateParser.parse("2025-04-12"));
        assertEquals(APRIL_12, PublishDateParser.parse("2025/04/12"));
        assertEquals(APRIL_12, PublishDateParser.parse("Sat, 12 Apr 2025 14:30:00 GMT"));
        assertEquals(APRIL_12, PublishDateParser.parse("April 12, 2025"));
        assertEquals(APRIL_12, PublishDateParser.parse("12 April 2025"));
        assertEquals(APRIL_12, PublishDateParser.parse("Apr 12, 2025 2:30 PM"));
        assertEquals(APRIL_12, PublishDateParser.parse("1744468200"));
    }

    @Test
    void theDateIsTheOneWrittenNotTheUtcDate() {
        assertEquals(APRIL_12, PublishDateParser.parse("2025-04-12T01:00:00+03:30"));
    }

    @Test
    void unreadableDatesGiveNull() {
        assertNull(PublishDateParser.parse("yesterday"));
        assertNull(PublishDateParser.parse("2025-13-45"));
        assertNull(PublishDateParser.parse(""));
        assertNull(PublishDateParser.parse(null));
    }
}
