package dev.linepay4j.codec.jackson;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.spi.JsonReadException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link JsonCodec} over Jackson's streaming parser and generator ({@code jackson-core} only, no
 * data binding). Thread-safe: one instance serves a whole client. Its only state besides its settings is a
 * small, bounded table of the short values it has read ({@code "0000"}, a currency, an amount), which it
 * hands out again instead of building equal ones for every answer.
 *
 * <p>Reading refuses, with a {@link JsonReadException} and never a Jackson exception, everything that is
 * not exactly one RFC 8259 value in strict UTF-8, and everything over the {@link JsonLimits}. Numbers are
 * kept as their literal text, so a 19-digit transaction id is never rounded. Writing is compact UTF-8 in
 * member order, with only the escapes JSON requires; supplementary characters (emoji) are written as
 * their four UTF-8 bytes, and lone surrogates, which UTF-8 cannot hold, as {@code \}{@code uXXXX} escapes.
 *
 * <pre>{@code
 * JsonCodec codec = new JacksonJsonCodec(JsonLimits.defaults());
 * byte[] body = codec.write(JsonObject.builder().put("amount", 100).put("currency", "TWD").build());
 * JsonValue answer = codec.read(responseBytes);
 * }</pre>
 */
public final class JacksonJsonCodec implements JsonCodec {

    /** Longest piece of an unexpected token Jackson may quote in its messages. */
    private static final int ERROR_TOKEN_EXCERPT = 32;

    /** Longest piece of Jackson's own message kept in ours. */
    private static final int MESSAGE_EXCERPT = 160;

    private final JsonLimits limits;
    private final JsonFactory factory;
    /** The short values answers repeat, kept across reads (bounded; see {@link ShortValueCache}). */
    private final ShortValueCache values = new ShortValueCache();

    /**
     * Creates a codec. Building the Jackson factory is the costly part, so create one codec and share it.
     *
     * @param limits what the codec reads at most
     * @throws NullPointerException if limits is null
     */
    public JacksonJsonCodec(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = factory(limits);
    }

    /**
     * The limits this codec reads with.
     *
     * @return the limits given at construction
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Writes a tree as compact UTF-8 JSON: no white space, object members in insertion order, numbers as
     * their literal text, strings escaped only where JSON requires it. The read limits do not apply: the
     * tree comes from the application, not from the network.
     *
     * @param value the tree
     * @return a new array holding the bytes
     * @throws NullPointerException if value is null
     */
    @Override
    public byte[] write(JsonValue value) {
        Objects.requireNonNull(value, "value");
        ExactBytes out = new ExactBytes();
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
            writeValue(generator, value);
        } catch (IOException e) {
            // The target is memory and the tree is valid by construction, so this is a bug, not bad input.
            throw new IllegalStateException("Jackson failed to write a JSON tree to memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads exactly one JSON value. The size is checked before anything is parsed, then the bytes are
     * checked to be strict UTF-8, then parsed. A leading UTF-8 byte-order mark is skipped, as RFC 8259
     * allows.
     *
     * @param json UTF-8 bytes holding exactly one JSON value, white space around it allowed
     * @return the tree
     * @throws NullPointerException if json is null
     * @throws JsonReadException    if the bytes are empty, not one well-formed value in strict UTF-8, or
     *                              break a limit; never a Jackson exception
     */
    @Override
    public JsonValue read(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > limits.maxBytes()) {
            throw new JsonReadException(Reason.TOO_LARGE, "a body of " + json.length
                    + " bytes is larger than the limit of " + limits.maxBytes() + " bytes", null);
        }
        int refused = StrictUtf8.firstRefusedByte(json);
        if (refused >= 0) {
            throw new JsonReadException(Reason.SYNTAX, refusedByte(json, refused), null);
        }
        // RFC 8259 lets a parser ignore a leading byte-order mark. Jackson skips one only while it detects
        // the charset, which is off here, so it is skipped by hand.
        int start = startsWithByteOrderMark(json) ? 3 : 0;
        try (JsonParser parser = factory.createParser(json, start, json.length - start)) {
            try {
                return readDocument(parser, json.length - start);
            } catch (StreamConstraintsException e) {
                // Caught here, while the parser is open: Jackson gives these no location of their own.
                throw constraintBroken(e, parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            // CharConversionException and the like; the source is memory, so nothing else can fail.
            throw new JsonReadException(Reason.SYNTAX, excerpt(e.getMessage()), e);
        }
    }

    private JsonValue readDocument(JsonParser parser, int length) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new JsonReadException(Reason.EMPTY,
                    length == 0 ? "the body is empty" : "the body holds only white space", null);
        }
        JsonValue root = new TreeReader(parser, limits, values).read(first);
        // Jackson reads a stream of values; one document means nothing but white space after the first.
        if (parser.nextToken() != null) {
            throw new JsonReadException(Reason.SYNTAX, "a second JSON value starts at "
                    + TreeReader.where(parser.currentTokenLocation()), null);
        }
        return root;
    }

    /** Names the limits, never any content. */
    @Override
    public String toString() {
        return "JacksonJsonCodec[" + limits + "]";
    }

    /**
     * One factory per codec: it is thread-safe once built, and it is where every choice that shapes the
     * bytes is pinned, rather than left to Jackson's defaults, which change between versions.
     */
    private static JsonFactory factory(JsonLimits limits) {
        StreamReadConstraints readConstraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxBytes())
                // Same meaning as ours: START_ARRAY at depth n+1 is refused, depth n is read.
                .maxNestingDepth(limits.maxDepth())
                // Jackson counts digits only, never more than our count of every character, so it can never
                // refuse a literal we would read; TreeReader catches the sign, point and exponent.
                .maxNumberLength(limits.maxNumberLength())
                // Not maxStringLength: Jackson applies its string limit to number literals too (a long
                // number would be reported as a long string) and counts key length in UTF-8 bytes, not
                // characters ("éééééé" would fail at 6 characters). No token is longer than the body, so
                // this bound never fires first; TreeReader counts characters exactly.
                .maxStringLength(limits.maxBytes())
                .maxNameLength(limits.maxBytes())
                .build();
        // Writing is bounded by the tree the application built, never by read limits; Jackson's default of
        // 1000 levels would make write() fail on a valid tree.
        StreamWriteConstraints writeConstraints = StreamWriteConstraints.builder()
                .maxNestingDepth(Integer.MAX_VALUE)
                .build();
        JsonFactoryBuilder builder = new JsonFactoryBuilder()
                // Jackson's default keeps read and write buffers per thread: a virtual thread, which lives
                // for one call, would allocate them (about 20 KB) for every answer. A pool of this
                // factory's own is shared by whichever threads call.
                .recyclerPool(new RecyclerSlots())
                .streamReadConstraints(readConstraints)
                .streamWriteConstraints(writeConstraints)
                // Jackson quotes the offending token in messages; keep that to an excerpt, and never the
                // source document itself (it may hold a regKey or card details).
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(ERROR_TOKEN_EXCERPT)
                        .maxRawContentLength(0)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // TreeReader rejects duplicate keys with its own map, which it builds anyway.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Bytes are UTF-8, never UTF-16 or UTF-32 guessed from NUL bytes or a byte-order mark
                // (StrictUtf8 refuses those inputs before this matters). CANONICALIZE_FIELD_NAMES must stay
                // on with it: without it Jackson leaves its UTF-8 parser for a Reader-based one, which
                // fails with a NullPointerException when detection is off.
                .disable(JsonFactory.Feature.CHARSET_DETECTION)
                .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                // Keys from the network go into this factory's own symbol table (bounded, and guarded
                // against hash flooding), never into the JVM-wide String intern pool.
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                // The written bytes are signed: pin everything that changes them.
                .enable(JsonWriteFeature.QUOTE_FIELD_NAMES)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                .disable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION);
        // Strict RFC 8259 on input. Every JsonReadFeature is a departure from the standard (comments, single
        // quotes, NaN, leading zeros...). All are off by default; turning them off here, one call each,
        // states the choice and survives a change of defaults. Never the varargs overload:
        // JsonFactoryBuilder.disable(first, other...) in 2.22 enables every feature after the first.
        for (JsonReadFeature nonStandard : JsonReadFeature.values()) {
            builder.disable(nonStandard);
        }
        return builder.build();
    }

    /**
     * Writes depth-first. Recursion is bounded by the depth of a tree the application built, which
     * core's own {@code equals} and {@code toString} recurse through as well.
     */
    private static void writeValue(JsonGenerator generator, JsonValue value) throws IOException {
        if (value instanceof JsonObject object) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                generator.writeFieldName(member.getKey());
                writeValue(generator, member.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof JsonArray array) {
            generator.writeStartArray();
            for (JsonValue element : array.elements()) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof JsonString string) {
            generator.writeString(string.value());
        } else if (value instanceof JsonNumber number) {
            // The literal, raw: JsonNumber checked its grammar, and converting could only lose digits.
            generator.writeNumber(number.text());
        } else if (value instanceof JsonBoolean bool) {
            generator.writeBoolean(bool.value());
        } else {
            // JsonNull, the last of JsonValue's six kinds.
            generator.writeNull();
        }
    }

    private static boolean startsWithByteOrderMark(byte[] json) {
        return json.length >= 3 && json[0] == (byte) 0xef && json[1] == (byte) 0xbb && json[2] == (byte) 0xbf;
    }

    private static String refusedByte(byte[] json, int offset) {
        if (json[offset] == 0) {
            return "a NUL byte at offset " + offset + ", which UTF-8 JSON never holds (is the body UTF-16 or UTF-32?)";
        }
        return String.format("byte 0x%02x at offset %d does not start a valid UTF-8 sequence", json[offset] & 0xff,
                offset);
    }

    private JsonReadException constraintBroken(StreamConstraintsException e, JsonLocation location) {
        // Jackson names the constraint only in its message, by the getter that configures it.
        String message = String.valueOf(e.getOriginalMessage());
        Reason reason;
        String problem;
        if (message.contains("getMaxNestingDepth")) {
            reason = Reason.TOO_DEEP;
            problem = "nesting deeper than the limit of " + limits.maxDepth();
        } else if (message.contains("getMaxNumberLength")) {
            reason = Reason.NUMBER_TOO_LONG;
            problem = "a number longer than the limit of " + limits.maxNumberLength() + " characters";
        } else if (message.contains("getMaxStringLength") || message.contains("getMaxNameLength")) {
            reason = Reason.STRING_TOO_LONG;
            problem = "a string longer than the limit of " + limits.maxStringLength() + " characters";
        } else {
            // The document length, or a constraint newer than this code: either way a size Jackson refused.
            reason = Reason.TOO_LARGE;
            problem = excerpt(message);
        }
        return new JsonReadException(reason, problem + " at " + TreeReader.where(location), e);
    }

    private static JsonReadException malformed(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            // The exception holds the parser, and through it the whole body; a caller keeping the
            // exception must not keep the body alive too.
            parse.withParser(null);
        }
        return new JsonReadException(Reason.SYNTAX,
                excerpt(e.getOriginalMessage()) + " at " + TreeReader.where(e.getLocation()), e);
    }

    /**
     * Jackson's message, cut short, on one line, and without its advice to enable a Jackson feature: a
     * linepay4j user cannot, and the input is wrong regardless.
     */
    private static String excerpt(String message) {
        String m = String.valueOf(message);
        int advice = m.indexOf(": enable `");
        if (advice < 0) {
            advice = m.indexOf("; enable `");
        }
        if (advice >= 0) {
            m = m.substring(0, advice);
        }
        if (m.length() > MESSAGE_EXCERPT) {
            m = m.substring(0, MESSAGE_EXCERPT) + "…";
        }
        StringBuilder b = new StringBuilder(m.length());
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString();
    }

    /**
     * Where the generator's bytes go. The generator buffers up to 8 KB and hands them over when it closes, so
     * a body is usually one write, kept as one array of the exact size: the bytes are copied once out of
     * Jackson's (recycled) buffer, where a growing builder would copy them into its block and then again
     * into the result.
     */
    private static final class ExactBytes extends OutputStream {

        private static final byte[] NONE = new byte[0];

        private byte[] bytes = NONE;
        private int size;

        @Override
        public void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (bytes == NONE) {
                bytes = Arrays.copyOfRange(b, off, off + len);
                size = len;
                return;
            }
            ensure(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
            }
        }

        byte[] toByteArray() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }
}
