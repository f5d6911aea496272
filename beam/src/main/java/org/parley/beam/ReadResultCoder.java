package org.parley.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.parley.ingest.Article;
import org.parley.ingest.ReadResult;

/** Carries a read article (or a failed input) between workers: the fields of {@link Article}, nothing else. */
final class ReadResultCoder extends AtomicCoder<ReadResult> {
    private static final byte READ = 1;
    private static final byte FAILED = 2;
    private static final Coder<String> TEXT = StringUtf8Coder.of();
    private static final Coder<String> OPTIONAL_TEXT = NullableCoder.of(StringUtf8Coder.of());
    private static final ReadResultCoder INSTANCE = new ReadResultCoder();

    static ReadResultCoder of() {
        return INSTANCE;
    }

    private ReadResultCoder() {}

    @Override
    public void encode(ReadResult value, OutputStream out) throws IOException {
        if (value instanceof ReadResult.Read read) {
            Article a = read.article();
            ByteCoder.of().encode(READ, out);
            TEXT.encode(read.input(), out);
            TEXT.encode(a.id(), out);
            TEXT.encode(a.text(), out);
            OPTIONAL_TEXT.encode(a.title(), out);
            OPTIONAL_TEXT.encode(a.published() == null ? null : a.published().toString(), out);
            OPTIONAL_TEXT.encode(a.source(), out);
        } else if (value instanceof ReadResult.Failed failed) {
            ByteCoder.of().encode(FAILED, out);
            TEXT.encode(failed.input(), out);
            TEXT.encode(failed.problem(), out);
        } else {
            throw new CoderException("cannot encode " + value);
        }
    }

    @Override
    public ReadResult decode(InputStream in) throws IOException {
        byte kind = ByteCoder.of().decode(in);
        String input = TEXT.decode(in);
        if (kind == FAILED) return new ReadResult.Failed(input, TEXT.decode(in));
        if (kind != READ) throw new CoderException("not an encoded read result (kind " + kind + ")");
        String id = TEXT.decode(in);
        String text = TEXT.decode(in);
        String title = OPTIONAL_TEXT.decode(in);
        String published = OPTIONAL_TEXT.decode(in);
        String source = OPTIONAL_TEXT.decode(in);
        return new ReadResult.Read(input, new Article(id, text, title, published == null ? null : LocalDate.parse(published), source));
    }

    @Override
    public void verifyDeterministic() {
        // Equal results encode to equal bytes: fixed field order, UTF-8 text.
    }
}
