package org.parley.serve.workbench;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what can go wrong while a page reads the store into a short answer: a refusal with its
 * reason, 503 for a query that ran past the server's limit, and for anything else a 500 that says
 * only that the log has the details. No page ever shows a stack trace.
 */
final class StoreFailures {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFailures.class);

    /** Renders a page; may throw, and anything it throws becomes an error page. */
    interface Render {
        void run() throws IOException;
    }

    private StoreFailures() {}

    static void answer(HttpServletResponse resp, Render render) throws IOException {
        try {
            render.run();
        } catch (Refusal r) {
            PageResponse.error(resp, r.status(), r.getMessage());
        } catch (QueryCancelledException e) {
            PageResponse.error(resp, 503, "The query ran longer than the server's time limit (parley serve --timeout) and was stopped.");
        } catch (RuntimeException e) {
            LOG.warn("workbench page failed", e);
            PageResponse.error(resp, 500, "The store could not answer this request; the server's log has the details.");
        }
    }
}
