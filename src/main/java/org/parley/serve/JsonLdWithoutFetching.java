package org.parley.serve;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import java.io.InputStream;
import java.io.Reader;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.ReaderRIOTFactory;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;

/**
 * JSON-LD parsing that never fetches a document. A JSON-LD body can name its {@code @context} by
 * URL, and Jena's reader would download it, so a Graph Store write could make the server request
 * any host. This reader is Jena's with a document loader that refuses every URL; a body with its
 * context inline still parses.
 */
final class JsonLdWithoutFetching implements ReaderRIOTFactory {
    private static final DocumentLoader REFUSE = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "this server fetches nothing: put the JSON-LD @context in the document instead of naming " + url);
    };
    private static volatile boolean installed;

    private JsonLdWithoutFetching() {}

    /** Replaces Jena's JSON-LD reader in this process (the server's, and any other parse). */
    static synchronized void install() {
        if (installed) return;
        JsonLdWithoutFetching factory = new JsonLdWithoutFetching();
        for (Lang lang : new Lang[] {Lang.JSONLD, Lang.JSONLD11}) {
            RDFParserRegistry.registerLangTriples(lang, factory);
            RDFParserRegistry.registerLangQuads(lang, factory);
        }
        installed = true;
    }

    @Override
    public ReaderRIOT create(Lang lang, ParserProfile profile) {
        LangJSONLD11 jena = new LangJSONLD11(lang, profile, profile.getErrorHandler());
        return new ReaderRIOT() {
            @Override
            public void read(InputStream in, String baseURI, ContentType ct, StreamRDF output, Context context) {
                jena.read(in, baseURI, ct, output, withoutFetching(context));
            }

            @Override
            public void read(Reader in, String baseURI, ContentType ct, StreamRDF output, Context context) {
                jena.read(in, baseURI, ct, output, withoutFetching(context));
            }
        };
    }

    /** A fresh options object per parse: Jena sets the base URI on it. */
    private static Context withoutFetching(Context context) {
        Context c = context == null ? new Context() : context.copy();
        c.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(REFUSE));
        return c;
    }
}
