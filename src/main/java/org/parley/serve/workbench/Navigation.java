package org.parley.serve.workbench;

import org.parley.serve.ParleyServer;

/** The links every workbench page, and the editor, show at the top. */
final class Navigation {
    static final String EDITOR = "/editor/#/dataset" + ParleyServer.DATASET + "/query";

    static final String HTML = "<nav class=\"parley-nav\"><a class=\"brand\" href=\"/\">parley</a>"
            + "<a href=\"/questions\">Questions</a>"
            + "<a href=\"/questions/actors\">Actors</a>"
            + "<a href=\"" + EDITOR + "\">SPARQL editor</a>"
            + "<form class=\"find\" action=\"/actor\" method=\"get\"><input name=\"name\" "
            + "data-complete=\"actor\" placeholder=\"Find an actor…\" aria-label=\"Find an actor\" autocomplete=\"off\">"
            + "</form></nav>\n";

    private Navigation() {}

    /** The editor, opened on a query's text. */
    static String editorWith(String sparql) {
        return EDITOR + "?query=" + Html.url(sparql).replace("+", "%20");
    }
}
