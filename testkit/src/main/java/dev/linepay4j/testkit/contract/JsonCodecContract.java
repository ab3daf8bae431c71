package dev.linepay4j.testkit.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linepay4j.domain.code.ResultEnvelope;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.spi.JsonReadException.Reason;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JsonCodec} must do, as tests. A codec's test class extends this and says how to
 * create its codec:
 *
 * <pre>{@code
 * class JacksonJsonCodecContractTest extends JsonCodecContract {
 *     protected JsonCodec createCodec(JsonLimits limits) {
 *         return new JacksonJsonCodecProvider().create(limits);
 *     }
 * }
 * }</pre>
 *
 * <p>The rules, in short (each has its tests below):
 * <ul>
 * <li>Numbers keep their literal text both ways: a 19-digit transaction id, a 30-digit integer,
 *     {@code -0}, {@code 10.50} and {@code 1.5E-7} are read and written exactly as they stand, never
 *     through a {@code double} and never quoted.</li>
 * <li>Writing is compact UTF-8 (no white space at all), object members in insertion order, strings with
 *     only the escapes JSON requires: quotes, backslashes and characters below U+0020 are escaped,
 *     {@code /} is not, and every other character, supplementary ones included, is written as its
 *     UTF-8 bytes. So the bytes of a tree are fixed, which request signing relies on.</li>
 * <li>Reading accepts exactly RFC 8259 in strict UTF-8: one value (a scalar root is fine), white space
 *     around it; anything else is a {@link JsonReadException}, never the codec library's own
 *     exception, with {@link Reason#EMPTY} for no value, {@link Reason#SYNTAX} for everything
 *     malformed (truncated, HTML, trailing data, two documents, duplicate keys, invalid UTF-8,
 *     non-standard JSON, a number the tree cannot hold).</li>
 * <li>{@link JsonLimits} apply to reading only, each counting its own kind exactly: the body's bytes
 *     (checked before parsing); nesting depth, where {@code []} is depth 1 and a scalar root depth 0;
 *     a number's literal characters, sign, point and exponent included; a string's or key's
 *     characters after unescaping, counted as Java {@code char}s (a supplementary character counts
 *     two). A value exactly at a limit is read.</li>
 * <li>Failure messages, including their causes', quote at most a short excerpt of the input.</li>
 * <li>One codec is used by many threads at once.</li>
 * </ul>
 *
 * <p>Every codec runs the same tests; a test that needs a {@link CodecCapability} the codec does not
 * declare is reported as skipped.
 */
public abstract class JsonCodecContract {

    /** The most consecutive input characters a failure message may repeat. */
    private static final int SHORT_EXCERPT = 64;

    /** Fixed, so that a failure found by the random tests is found again on the next run. */
    private static final long SEED = 20230422L;

    private static final long TRANSACTION_ID = 2023042201206549310L;

    private JsonCodec codec;

    /**
     * Creates the codec under test.
     *
     * @param limits the limits the test needs
     * @return a new codec
     */
    protected abstract JsonCodec createCodec(JsonLimits limits);

    /**
     * What the codec can do. Override to declare less; tests that need more are skipped.
     *
     * @return every capability, by default
     */
    protected Set<CodecCapability> capabilities() {
        return EnumSet.allOf(CodecCapability.class);
    }

    /** A codec with the default limits, for the tests that do not test a limit. */
    @BeforeEach
    void createCodecWithDefaultLimits() {
        codec = createCodec(JsonLimits.defaults());
    }

    // ---- numbers --------------------------------------------------------------------------------

    @Test
    void aNineteenDigitTransactionIdIsReadExactly() {
        JsonObject info = assertInstanceOf(JsonObject.class, read("{\"transactionId\":2023042201206549310}"));

        JsonNumber id = info.number("transactionId").orElseThrow();
        assertEquals("2023042201206549310", id.text());
        assertEquals(2023042201206549310L, id.longValueExact());
    }

    @Test
    void aNineteenDigitTransactionIdIsWrittenAsABareNumber() {
        JsonObject body = JsonObject.builder().put("transactionId", TRANSACTION_ID).build();

        assertEquals("{\"transactionId\":2023042201206549310}", write(body));
    }

    @Test
    void integersBeyondSixtyFourBitsKeepEveryDigitBothWays() {
        String thirty = "123456789012345678901234567890";
        String json = "[" + thirty + ",-" + thirty + "]";

        JsonArray read = assertInstanceOf(JsonArray.class, read(json));

        assertEquals(JsonNumber.parse(thirty), read.get(0));
        assertEquals(new BigDecimal(thirty), ((JsonNumber) read.get(0)).bigDecimalValue());
        assertEquals(JsonNumber.parse("-" + thirty), read.get(1));
        assertEquals(json, write(read));
    }

    @Test
    void theEdgesOfTheLongRangeAreReadExactly() {
        JsonArray read = assertInstanceOf(JsonArray.class, read("[9223372036854775807,-9223372036854775808]"));

        assertEquals(Long.MAX_VALUE, ((JsonNumber) read.get(0)).longValueExact());
        assertEquals(Long.MIN_VALUE, ((JsonNumber) read.get(1)).longValueExact());
    }

    @Test
    void numberLiteralsAreReadAsTheyStandNeverNormalised() {
        for (String literal : numberLiterals()) {
            assertEquals(JsonNumber.parse(literal), codec.read(utf8(literal)), "as the root: " + literal);
            assertEquals(JsonArray.of(JsonNumber.parse(literal)), read("[" + literal + "]"), "in an array: " + literal);
        }
    }

    @Test
    void numberLiteralsAreWrittenAsTheyStandNeverNormalisedOrQuoted() {
        for (String literal : numberLiterals()) {
            assertEquals(literal, write(JsonNumber.parse(literal)), "as the root");
            assertEquals("{\"n\":" + literal + "}", write(JsonObject.builder().put("n", JsonNumber.parse(literal)).build()));
        }
    }

    private static List<String> numberLiterals() {
        return List.of("0", "-0", "7", "-42", "100", "10.50", "0.1", "-0.0", "1e3", "1E3", "1e+3", "1.5E-7",
                "-2.5e+10", "0e0", "1E400", "4.9e-325", "2023042201206549310", "123456789012345678901234567890");
    }

    // ---- strings --------------------------------------------------------------------------------

    @Test
    void unicodeEscapesAreDecodedIncludingSurrogatePairs() {
        assertEquals(JsonString.of("caf\u00e9"), read("\"caf\\u00e9\""));
        assertEquals(JsonString.of("caf\u00e9"), read("\"caf\\u00E9\""));
        assertEquals(JsonString.of("\ud83d\ude00"), read("\"\\ud83d\\ude00\""));
        assertEquals(JsonString.of("\u0000\u001f\u2028"), read("\"\\u0000\\u001F\\u2028\""));
    }

    @Test
    void theShortEscapesAreDecoded() {
        assertEquals(JsonString.of("\"\\/\b\f\n\r\t"), read("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreWrittenWithValidEscapes() {
        StringBuilder all = new StringBuilder("a\"b\\c/");
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        all.append('\u007f');
        String text = all.toString();

        byte[] asValue = codec.write(JsonString.of(text));
        byte[] asKey = codec.write(JsonObject.builder().put(text, 1).build());

        assertEquals(text, decodeStringLiteral(asValue), "decoded without the codec");
        assertEquals(text, decodeStringLiteral(keyLiteral(asKey)), "a key, decoded without the codec");
        assertEquals(JsonString.of(text), codec.read(asValue), "read back by the codec");
    }

    @Test
    void nonAsciiIsWrittenAsUtf8NotEscaped() {
        String text = "\u73cd\u73e0\u5976\u8336 caf\u00e9 \u00f1 \u20ac \u0e01 \ud83d\ude00 \udbff\udfff";

        assertArrayEquals(utf8("\"" + text + "\""), codec.write(JsonString.of(text)));
        assertArrayEquals(utf8("{\"" + text + "\":\"" + text + "\"}"),
                codec.write(JsonObject.builder().put(text, text).build()));
    }

    @Test
    void supplementaryCharactersAreWrittenAsFourByteUtf8AtEveryBufferPosition() {
        // Generators encode through internal buffers; a surrogate pair split across two of them is where
        // codecs go wrong, so the pairs are shifted through every alignment.
        String pairs = "\u73cd\ud83d\ude00".repeat(1500);
        for (int shift = 0; shift < 64; shift++) {
            String text = "a".repeat(shift) + pairs;

            assertArrayEquals(utf8("\"" + text + "\""), codec.write(JsonString.of(text)), "shifted by " + shift);
        }
    }

    @Test
    void loneSurrogatesSurviveAWriteAndARead() {
        assumeTrue(capabilities().contains(CodecCapability.LONE_SURROGATES), "codec declares no lone-surrogate support");

        for (String text : List.of("\ud800", "x\udc00y", "\ude00\ud83d", "a\ud83d")) {
            byte[] written = codec.write(JsonString.of(text));

            assertEquals(text, decodeStringLiteral(written), "written as valid UTF-8 with an escape");
            assertEquals(JsonString.of(text), codec.read(written), "read back");
        }
        assertEquals(JsonString.of("\ud800"), read("\"\\ud800\""));
    }

    // ---- objects, arrays and layout ---------------------------------------------------------------

    @Test
    void memberOrderIsKeptOnRead() {
        JsonObject read = assertInstanceOf(JsonObject.class, read("{\"z\":1,\"a\":2,\"m\":{\"y\":3,\"b\":4},\"c\":5}"));

        assertEquals(List.of("z", "a", "m", "c"), new ArrayList<>(read.members().keySet()));
        assertEquals(List.of("y", "b"), new ArrayList<>(read.object("m").orElseThrow().members().keySet()));
    }

    @Test
    void memberOrderIsKeptOnWrite() {
        JsonObject tree = JsonObject.builder().put("z", 1).put("a", 2)
                .put("m", JsonObject.builder().put("y", 3).put("b", 4).build()).put("c", 5).build();

        assertEquals("{\"z\":1,\"a\":2,\"m\":{\"y\":3,\"b\":4},\"c\":5}", write(tree));
    }

    @Test
    void writingATreeGivesExactlyTheCompactBytes() {
        JsonObject product = JsonObject.builder().put("name", "\u73cd\u73e0\u5976\u8336").put("quantity", 2)
                .put("price", new BigDecimal("50.00")).build();
        JsonObject tree = JsonObject.builder()
                .put("amount", 100)
                .put("currency", "TWD")
                .put("orderId", "order-20230422-0001")
                .put("packages", JsonArray.of(JsonObject.builder().put("id", "pkg-1").put("amount", 100)
                        .put("products", JsonArray.of(product)).build()))
                .put("redirectUrls", JsonObject.builder()
                        .put("confirmUrl", "https://shop.example/pay/confirm?order=1&step=2").build())
                .put("options", JsonObject.builder()
                        .put("payment", JsonObject.builder().put("capture", false).build())
                        .put("extra", JsonNull.INSTANCE)
                        .put("tags", JsonArray.of())
                        .put("meta", JsonObject.of())
                        .put("flags", JsonArray.of(JsonBoolean.TRUE, JsonNull.INSTANCE, JsonNumber.parse("-0.5")))
                        .build())
                .build();

        String expected = "{\"amount\":100,\"currency\":\"TWD\",\"orderId\":\"order-20230422-0001\","
                + "\"packages\":[{\"id\":\"pkg-1\",\"amount\":100,\"products\":[{\"name\":\"\u73cd\u73e0\u5976\u8336\","
                + "\"quantity\":2,\"price\":50.00}]}],"
                + "\"redirectUrls\":{\"confirmUrl\":\"https://shop.example/pay/confirm?order=1&step=2\"},"
                + "\"options\":{\"payment\":{\"capture\":false},\"extra\":null,\"tags\":[],\"meta\":{},"
                + "\"flags\":[true,null,-0.5]}}";
        assertArrayEquals(utf8(expected), codec.write(tree));
    }

    @Test
    void scalarsAndEmptyContainersAreDocumentsOfTheirOwn() {
        List<JsonValue> values = List.of(JsonString.of("a"), JsonNumber.of(1), JsonBoolean.TRUE, JsonBoolean.FALSE,
                JsonNull.INSTANCE, JsonObject.of(), JsonArray.of());
        List<String> texts = List.of("\"a\"", "1", "true", "false", "null", "{}", "[]");

        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i), read(texts.get(i)), "read " + texts.get(i));
            assertEquals(texts.get(i), write(values.get(i)), "write " + texts.get(i));
        }
    }

    @Test
    void whiteSpaceAroundAndBetweenTokensIsAllowed() {
        JsonObject expected = JsonObject.builder().put("a", JsonArray.of(JsonNumber.of(1), JsonNumber.of(2)))
                .put("b", JsonObject.of()).build();

        assertEquals(expected, read(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] , \"b\" : { } }\r\n "));
    }

    // ---- LINE Pay payloads ------------------------------------------------------------------------

    @Test
    void aConfirmAnswerAsLinePaySendsItIsReadIntoTheExpectedTree() {
        String sent = """
                {
                  "returnCode": "0000",
                  "returnMessage": "Success.",
                  "info": {
                    "transactionId": 2023042201206549310,
                    "orderId": "order-20230422-0001",
                    "payInfo": [
                      {
                        "method": "CREDIT_CARD",
                        "amount": 90,
                        "creditCardNickname": "",
                        "creditCardBrand": "VISA",
                        "maskedCreditCardNumber": "**** **** **** 1234"
                      },
                      {"method": "POINT", "amount": 10}
                    ],
                    "packages": [{"id": "pkg-1", "amount": 100, "userFeeAmount": 0}],
                    "authorizationExpireDate": "2023-04-29T07:20:09Z"
                  }
                }
                """;

        assertEquals(confirmAnswer(TRANSACTION_ID, "order-20230422-0001"), read(sent));
    }

    @Test
    void aConfirmAnswerSurvivesAWriteAndARead() {
        assertSurvivesAWriteAndARead(confirmAnswer(TRANSACTION_ID, "order-20230422-0001"));
    }

    @Test
    void aDetailsAnswerWithRefundsSurvivesAWriteAndARead() {
        assertSurvivesAWriteAndARead(detailsAnswer());
    }

    @Test
    void theDocumentedErrorShapeResolvesToItsReturnCode() {
        ResultEnvelope envelope = ResultEnvelope.read(read("{\"returnCode\":\"1104\",\"returnMessage\":\"Merchant not found.\"}"));

        assertEquals(ReturnCode.MERCHANT_NOT_FOUND.code(), envelope.returnCode().code());
        assertEquals("Merchant not found.", envelope.message());
    }

    @Test
    void theLegacyErrorShapeResolvesToTheSameReturnCode() {
        ResultEnvelope envelope = ResultEnvelope.read(read("{\"resultCode\":1104,\"statusMessage\":\"Merchant not found.\"}"));

        assertEquals(ReturnCode.MERCHANT_NOT_FOUND.code(), envelope.returnCode().code());
        assertEquals("Merchant not found.", envelope.message());
    }

    // ---- malformed input --------------------------------------------------------------------------

    @Test
    void anEmptyBodyIsRefusedAsEmpty() {
        assertRefused(codec, Reason.EMPTY, new byte[0]);
    }

    @Test
    void aBodyOfWhiteSpaceOnlyIsRefusedAsEmpty() {
        assertRefused(codec, Reason.EMPTY, utf8(" "));
        assertRefused(codec, Reason.EMPTY, utf8(" \t\r\n  \n"));
    }

    @Test
    void aTruncatedDocumentIsRefusedAsSyntax() {
        assertRefused(codec, Reason.SYNTAX, utf8("{\"a\":"));
    }

    @Test
    void aDocumentCutAtAnyByteIsRefusedAsSyntax() {
        byte[] whole = codec.write(detailsAnswer());

        for (int length = 1; length < whole.length; length++) {
            assertRefused(codec, Reason.SYNTAX, Arrays.copyOf(whole, length));
        }
    }

    @Test
    void anHtmlErrorPageIsRefusedAsSyntax() {
        assertRefused(codec, Reason.SYNTAX, utf8("<html><body><h1>502 Bad Gateway</h1></body></html>"));
    }

    @Test
    void trailingGarbageAfterTheDocumentIsRefusedAsSyntax() {
        for (String json : List.of("{} x", "{\"a\":1}}", "[1]]", "{},", "true false!", "1x", "\"a\"b")) {
            assertRefused(codec, Reason.SYNTAX, utf8(json));
        }
    }

    @Test
    void twoDocumentsAreRefusedAsSyntax() {
        for (String json : List.of("{}{}", "{} {}", "[]\n[]", "1 2", "\"a\"\"b\"", "null null")) {
            assertRefused(codec, Reason.SYNTAX, utf8(json));
        }
    }

    @Test
    void aDuplicateKeyIsRefusedAsSyntax() {
        for (String json : List.of("{\"amount\":1,\"amount\":1000}", "{\"info\":{\"a\":1,\"b\":2,\"a\":1}}",
                "[{\"a\":null,\"a\":null}]", "{\"\u00e9\":1,\"\\u00e9\":2}")) {
            assertRefused(codec, Reason.SYNTAX, utf8(json));
        }
    }

    @Test
    void nonStandardNumbersAreRefusedAsSyntax() {
        for (String literal : List.of("01", "-01", "00", "-00", "+1", ".5", "-.5", "1.", "1.e3", "1e", "1e+", "1E-",
                "-", "--1", "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "0x1F", "1_000", "1.5.5", "1e5e5")) {
            assertRefused(codec, Reason.SYNTAX, utf8(literal));
            assertRefused(codec, Reason.SYNTAX, utf8("[" + literal + "]"));
        }
    }

    @Test
    void aNumberTheTreeCannotHoldIsRefusedAsSyntax() {
        // Valid JSON grammar, but an exponent beyond what JsonNumber (and BigDecimal) can represent.
        assertRefused(codec, Reason.SYNTAX, utf8("[1e2147483648]"));
        assertRefused(codec, Reason.SYNTAX, utf8("[1e-99999999999]"));
    }

    @Test
    void nonStandardJsonIsRefusedAsSyntax() {
        List<String> inputs = List.of("{'a':1}", "{a:1}", "['a']", "/*c*/{}", "{}/*c*/", "// c\n{}", "# c\n{}",
                "[1,]", "{\"a\":1,}", "[1,,2]", "[,1]", "{,}", "{\"a\"}", "{\"a\" 1}", "{\"a\":}", "{1:2}", "[1 2]",
                "\"a\u0001b\"", "\"tab\there\"", "\"line\nbreak\"", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\'\"",
                "True", "NULL", "nul", "truee", "]", "}", ":", ",", "\f{}", "\u000b{}", "\u00a0{}", "'a'",
                "undefined", "[undefined]", "\"unterminated", "{\"a\":1", "[", "{");
        for (String input : inputs) {
            assertRefused(codec, Reason.SYNTAX, utf8(input));
        }
    }

    @Test
    void invalidUtf8IsRefusedAsSyntax() {
        int[][] sequences = {
            {0x80},                       // a continuation byte with no start
            {0xbf},
            {0xc3},                       // a two-byte start cut short by the closing quote
            {0xe7, 0x8f},                 // a three-byte start cut short
            {0xff}, {0xfe}, {0xf8, 0x88, 0x80, 0x80, 0x80},   // bytes UTF-8 never uses
            {0xc0, 0xaf}, {0xc1, 0xbf},   // overlong two-byte forms of '/' and DEL
            {0xe0, 0x80, 0xaf},           // overlong three-byte '/'
            {0xf0, 0x80, 0x80, 0xaf},     // overlong four-byte '/'
            {0xc0, 0xa2},                 // overlong '"': must not end the string or be read as a quote
            {0xed, 0xa0, 0x80},           // U+D800, a surrogate encoded directly
            {0xed, 0xbf, 0xbf},           // U+DFFF
            {0xf4, 0x90, 0x80, 0x80},     // above U+10FFFF
        };
        for (int[] sequence : sequences) {
            assertRefused(codec, Reason.SYNTAX, concat(utf8("[\"a"), bytes(sequence), utf8("b\"]")));
        }
        assertRefused(codec, Reason.SYNTAX, concat(utf8("[1,"), bytes(0xff), utf8("]")));
        assertRefused(codec, Reason.SYNTAX, concat(utf8("[\""), bytes(0xe7)));
    }

    @Test
    void utf16AndUtf32AreRefusedAsSyntax() {
        assertRefused(codec, Reason.SYNTAX, bytes(0xfe, 0xff, 0x00, '[', 0x00, ']'));
        assertRefused(codec, Reason.SYNTAX, bytes(0xff, 0xfe, '[', 0x00, ']', 0x00));
        assertRefused(codec, Reason.SYNTAX, bytes('[', 0x00, ']', 0x00));
        assertRefused(codec, Reason.SYNTAX, bytes(0x00, '[', 0x00, ']'));
        assertRefused(codec, Reason.SYNTAX, bytes(0x00, 0x00, 0x00, '[', 0x00, 0x00, 0x00, ']'));
    }

    @Test
    void validUtf8AtEveryEncodingBoundaryIsRead() {
        int[] codePoints = {0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff};
        for (int codePoint : codePoints) {
            String text = "a" + new String(Character.toChars(codePoint)) + "b";

            assertEquals(JsonString.of(text), codec.read(utf8("\"" + text + "\"")), "U+" + Integer.toHexString(codePoint));
        }
    }

    // ---- limits -----------------------------------------------------------------------------------

    @Test
    void nestingAtTheDepthLimitIsRead() {
        JsonCodec limited = createCodec(new JsonLimits(1 << 20, 4, 40, 1 << 16));

        for (String json : List.of("1", "[]", "[[[[1]]]]", "[[[[]]]]", "{\"a\":{\"b\":[{\"c\":1}]}}",
                "{\"a\":{\"b\":{\"c\":{}}}}", "[{\"a\":[{}]},[[[]]]]")) {
            limited.read(utf8(json));
        }
    }

    @Test
    void nestingBeyondTheDepthLimitIsRefusedAsTooDeep() {
        JsonCodec limited = createCodec(new JsonLimits(1 << 20, 4, 40, 1 << 16));

        for (String json : List.of("[[[[[1]]]]]", "[[[[[]]]]]", "{\"a\":{\"b\":[{\"c\":{}}]}}", "[{\"a\":[{\"b\":[]}]}]",
                "[1,[2,[3,[4,[5]]]]]")) {
            assertRefused(limited, Reason.TOO_DEEP, utf8(json));
        }
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        assertRefused(codec, Reason.TOO_DEEP, utf8("[".repeat(200_000)));
        assertRefused(codec, Reason.TOO_DEEP, utf8("{\"a\":".repeat(100_000)));
    }

    @Test
    void aBodyOfExactlyMaxBytesIsRead() {
        JsonCodec limited = createCodec(new JsonLimits(32, 32, 40, 1024));
        byte[] body = utf8("{\"a\":\"" + "x".repeat(24) + "\"}");
        assertEquals(32, body.length);

        assertEquals(JsonObject.builder().put("a", "x".repeat(24)).build(), limited.read(body));
    }

    @Test
    void aBodyOverMaxBytesIsRefusedAsTooLargeBeforeParsing() {
        JsonCodec limited = createCodec(new JsonLimits(32, 32, 40, 1024));

        assertRefused(limited, Reason.TOO_LARGE, utf8("{\"a\":\"" + "x".repeat(25) + "\"}"));
        // Too large wins over what the bytes hold: the size is checked first, nothing is parsed.
        assertRefused(limited, Reason.TOO_LARGE, utf8("<html>" + "x".repeat(27)));
        assertRefused(limited, Reason.TOO_LARGE, utf8(" ".repeat(33)));
    }

    @Test
    void aNumberAtTheLengthLimitIsRead() {
        JsonCodec limited = createCodec(new JsonLimits(1 << 20, 32, 6, 1024));

        for (String literal : List.of("123456", "-12345", "1.2345", "-1.234", "1e+100", "-1E-10", "0.0001")) {
            assertEquals(JsonNumber.parse(literal), limited.read(utf8(literal)), literal);
            assertEquals(JsonArray.of(JsonNumber.parse(literal)), limited.read(utf8("[" + literal + "]")), literal);
        }
    }

    @Test
    void aNumberOverTheLengthLimitIsRefusedAsNumberTooLongCountingEveryCharacter() {
        JsonCodec limited = createCodec(new JsonLimits(1 << 20, 32, 6, 1024));

        for (String literal : List.of("1234567", "-123456", "1.23456", "-1.2345", "1e+1000", "-0.0001", "1.5e-10")) {
            assertRefused(limited, Reason.NUMBER_TOO_LONG, utf8(literal));
            assertRefused(limited, Reason.NUMBER_TOO_LONG, utf8("{\"n\":" + literal + "}"));
        }
    }

    @Test
    void aStringAtTheLengthLimitIsReadCountingCharactersAfterUnescaping() {
        JsonCodec limited = createCodec(new JsonLimits(1 << 20, 32, 40, 5));

        assertEquals(JsonString.of("abcde"), limited.read(utf8("\"abcde\"")));
        assertEquals(JsonString.of("\u00e9".repeat(5)), limited.read(utf8("\"" + "\u00e9".repeat(5) + "\"")));
        assertEquals(JsonString.of("\u00e9".repeat(5)), limited.read(utf8("\"" + "\\u00e9".repeat(5) + "\"")));
        assertEquals(JsonString.of("\"\\\n\tA"), limited.read(utf8("\"\\\"\\\\\\n\\t\\u0041\"")));
        assertEquals(JsonString.of("\ud83d\ude00\ud83d\ude00a"), limited.read(utf8("\"\ud83d\ude00\ud83d\ude00a\"")));
    }

    @Test
    void aStringOverTheLengthLimitIsRefusedAsStringTooLong() {
        JsonCodec limited = createCodec(new JsonLimits(1 << 20, 32, 40, 5));

        for (String json : List.of("\"abcdef\"", "[\"abcdef\"]", "\"" + "\u00e9".repeat(6) + "\"",
                "\"" + "\\u00e9".repeat(6) + "\"", "\"\ud83d\ude00\ud83d\ude00\ud83d\ude00\"")) {
            assertRefused(limited, Reason.STRING_TOO_LONG, utf8(json));
        }
    }

    @Test
    void aKeyIsHeldToTheStringLimitToo() {
        JsonCodec limited = createCodec(new JsonLimits(1 << 20, 32, 40, 5));

        assertEquals(JsonObject.builder().put("abcde", 1).build(), limited.read(utf8("{\"abcde\":1}")));
        assertEquals(JsonObject.builder().put("\u00e9".repeat(5), 1).build(),
                limited.read(utf8("{\"" + "\u00e9".repeat(5) + "\":1}")));
        assertRefused(limited, Reason.STRING_TOO_LONG, utf8("{\"abcdef\":1}"));
        assertRefused(limited, Reason.STRING_TOO_LONG, utf8("{\"" + "\u00e9".repeat(6) + "\":1}"));
        assertRefused(limited, Reason.STRING_TOO_LONG, utf8("{\"" + "\\u00e9".repeat(6) + "\":1}"));
    }

    @Test
    void eachLimitCountsOnlyItsOwnKind() {
        JsonCodec shortStrings = createCodec(new JsonLimits(1 << 20, 1, 40, 3));
        JsonCodec shortNumbers = createCodec(new JsonLimits(1 << 20, 1, 3, 100));

        assertEquals(JsonArray.of(JsonNumber.parse("-1234567890.123456789e+10")),
                shortStrings.read(utf8("[-1234567890.123456789e+10]")), "a long number is not a long string");
        assertEquals(JsonArray.of(JsonString.of("[[[[12345678")), shortNumbers.read(utf8("[\"[[[[12345678\"]")),
                "digits and brackets in a string are neither a number nor nesting");
        assertEquals(JsonObject.builder().put("123456", 1).build(), shortNumbers.read(utf8("{\"123456\":1}")));
    }

    @Test
    void writingIsNotBoundByTheReadLimits() {
        JsonCodec tiny = createCodec(new JsonLimits(8, 1, 1, 1));
        JsonObject tree = JsonObject.builder().put("name", "a long text").put("amount", 12345)
                .put("deep", JsonArray.of(JsonArray.of(JsonArray.of()))).build();
        JsonValue nested = JsonArray.of();
        for (int i = 0; i < 1500; i++) {
            nested = JsonArray.of(nested);
        }

        assertEquals("{\"name\":\"a long text\",\"amount\":12345,\"deep\":[[[]]]}", new String(tiny.write(tree), UTF_8));
        assertEquals("[".repeat(1501) + "]".repeat(1501), write(nested));
    }

    // ---- failure messages ------------------------------------------------------------------------

    @Test
    void failureMessagesQuoteAtMostAShortExcerptOfTheInput() {
        String x = "x".repeat(5000);
        String longString = "x".repeat(70_000);
        List<String> inputs = List.of(
                "\"" + x,
                "tru" + x,
                "{\"a\":1} " + x,
                "<html>" + x,
                "{\"" + x + "\":1,\"" + x + "\":2}",
                "[\"" + longString + "\"]",
                "{\"" + longString + "\":1}",
                "{\"" + x + "\"}",
                "[\"" + x + "\\q\"]",
                "[" + x + "]");
        for (String input : inputs) {
            JsonReadException e = assertThrows(JsonReadException.class, () -> codec.read(utf8(input)));
            assertMessagesAreShort(e, 'x');
        }
        JsonReadException number = assertThrows(JsonReadException.class, () -> codec.read(utf8("[" + "7".repeat(5000) + "]")));
        assertMessagesAreShort(number, '7');
        JsonReadException utf8 = assertThrows(JsonReadException.class,
                () -> codec.read(concat(utf8("[\"" + x), bytes(0xff), utf8("\"]"))));
        assertMessagesAreShort(utf8, 'x');
    }

    private static void assertMessagesAreShort(JsonReadException e, char filler) {
        String run = String.valueOf(filler).repeat(SHORT_EXCERPT + 1);
        assertTrue(String.valueOf(e.getMessage()).length() <= 512, () -> "message of " + e.getMessage().length() + " characters");
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = e; t != null && all.size() < 10; t = t.getCause()) {
            all.add(t);
            all.addAll(Arrays.asList(t.getSuppressed()));
        }
        for (Throwable t : all) {
            String message = String.valueOf(t.getMessage());
            assertFalse(message.contains(run), () -> t.getClass().getName() + "'s message repeats more than "
                    + SHORT_EXCERPT + " characters of the input: " + message.substring(0, Math.min(200, message.length())));
        }
    }

    // ---- robustness -----------------------------------------------------------------------------

    @Test
    void randomTreesSurviveAWriteAndARead() {
        Random random = new Random(SEED);

        for (int i = 0; i < 500; i++) {
            JsonValue tree = randomValue(random, 0);
            byte[] once = codec.write(tree);

            JsonValue back = codec.read(once);

            int round = i;
            assertEquals(tree, back, () -> "tree " + round + " (seed " + SEED + "): " + show(once));
            assertArrayEquals(once, codec.write(back), () -> "tree " + round + " written twice (seed " + SEED + ")");
        }
    }

    @Test
    void corruptedDocumentsAreRefusedOnlyWithJsonReadException() {
        Random random = new Random(SEED);
        List<byte[]> originals = List.of(codec.write(confirmAnswer(TRANSACTION_ID, "order-\u00e9-\ud83d\ude00")),
                codec.write(detailsAnswer()), utf8("{\"returnCode\":\"1104\",\"returnMessage\":\"Merchant not found.\"}"));
        byte[] interesting = bytes('{', '}', '[', ']', '"', '\\', ',', ':', '0', '-', 'e', '.', ' ', 'u', 0x00, 0x1f, 0x7f,
                0x80, 0xbf, 0xc0, 0xc3, 0xe7, 0xed, 0xf0, 0xf4, 0xff);

        for (int i = 0; i < 3000; i++) {
            byte[] input = originals.get(random.nextInt(originals.size()));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                input = mutate(random, input, interesting);
            }
            try {
                JsonValue read = codec.read(input);
                codec.write(read);
            } catch (JsonReadException expected) {
                // refused properly
            } catch (RuntimeException | StackOverflowError other) {
                fail("corruption " + i + " (seed " + SEED + ") threw " + other + " for " + show(input), other);
            }
        }
    }

    @Test
    void readLeavesTheInputUntouchedAndEachWriteReturnsItsOwnArray() {
        byte[] input = codec.write(detailsAnswer());
        byte[] copy = input.clone();

        codec.read(input);
        byte[] first = codec.write(detailsAnswer());
        byte[] second = codec.write(detailsAnswer());

        assertArrayEquals(copy, input);
        assertNotSame(first, second);
        assertArrayEquals(first, second);
    }

    @Test
    void oneCodecServesManyThreadsAtOnce() throws Exception {
        int threads = 8;
        int rounds = 200;
        byte[][][] expected = new byte[threads][rounds][];
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < rounds; i++) {
                expected[t][i] = codec.write(confirmAnswer(TRANSACTION_ID + t * 100_000L + i, "order-" + t + "-" + i));
            }
        }
        byte[] shared = codec.write(detailsAnswer());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        JsonObject tree = confirmAnswer(TRANSACTION_ID + thread * 100_000L + i, "order-" + thread + "-" + i);
                        byte[] written = codec.write(tree);
                        assertArrayEquals(expected[thread][i], written, "thread " + thread + " round " + i);
                        assertEquals(tree, codec.read(written));
                        assertEquals(detailsAnswer(), codec.read(shared));
                        if (i % 10 == 0) {
                            assertRefused(codec, Reason.SYNTAX, utf8("{\"thread\":" + thread + ","));
                        }
                    }
                    return rounds;
                }));
            }
            start.countDown();
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                for (Future<Integer> result : results) {
                    assertEquals(rounds, result.get(120, TimeUnit.SECONDS));
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- payloads ---------------------------------------------------------------------------------

    /** The answer of {@code POST /v3/payments/{transactionId}/confirm}, as LINE Pay sends it. */
    private static JsonObject confirmAnswer(long transactionId, String orderId) {
        JsonObject card = JsonObject.builder().put("method", "CREDIT_CARD").put("amount", 90)
                .put("creditCardNickname", "").put("creditCardBrand", "VISA")
                .put("maskedCreditCardNumber", "**** **** **** 1234").build();
        JsonObject points = JsonObject.builder().put("method", "POINT").put("amount", 10).build();
        JsonObject info = JsonObject.builder()
                .put("transactionId", transactionId)
                .put("orderId", orderId)
                .put("payInfo", JsonArray.of(card, points))
                .put("packages", JsonArray.of(JsonObject.builder().put("id", "pkg-1").put("amount", 100)
                        .put("userFeeAmount", 0).build()))
                .put("authorizationExpireDate", "2023-04-29T07:20:09Z")
                .build();
        return JsonObject.builder().put("returnCode", "0000").put("returnMessage", "Success.").put("info", info).build();
    }

    /** The answer of {@code GET /v3/payments}: an array of payments, one partly refunded twice. */
    private static JsonObject detailsAnswer() {
        JsonObject refund1 = JsonObject.builder().put("refundTransactionId", 2023042201206549311L)
                .put("transactionType", "PARTIAL_REFUND").put("refundAmount", -30)
                .put("refundTransactionDate", "2023-04-23T01:02:03Z").build();
        JsonObject refund2 = JsonObject.builder().put("refundTransactionId", 2023042201206549312L)
                .put("transactionType", "PARTIAL_REFUND").put("refundAmount", JsonNumber.parse("-20.50"))
                .put("refundTransactionDate", "2023-04-24T09:10:11Z").build();
        JsonObject product = JsonObject.builder().put("name", "\u73cd\u73e0\u5976\u8336 \"L\"").put("quantity", 2)
                .put("price", 50).build();
        JsonObject payment = JsonObject.builder()
                .put("transactionId", TRANSACTION_ID)
                .put("transactionDate", "2023-04-22T07:20:09Z")
                .put("transactionType", "PAYMENT")
                .put("payStatus", "CAPTURE")
                .put("productName", "\u73cd\u73e0\u5976\u8336")
                .put("merchantName", "Brown Caf\u00e9 \\ Taipei")
                .put("currency", "TWD")
                .put("orderId", "order-20230422-0001")
                .put("payInfo", JsonArray.of(JsonObject.builder().put("method", "CREDIT_CARD").put("amount", 100).build()))
                .put("refundList", JsonArray.of(refund1, refund2))
                .put("packages", JsonArray.of(JsonObject.builder().put("id", "pkg-1").put("amount", 100)
                        .put("userFeeAmount", JsonNull.INSTANCE).put("products", JsonArray.of(product)).build()))
                .build();
        JsonObject voided = JsonObject.builder()
                .put("transactionId", 2023042201206549399L)
                .put("transactionType", "PAYMENT")
                .put("payStatus", "VOIDED_AUTHORIZATION")
                .put("orderId", "order-20230422-0002")
                .put("payInfo", JsonArray.of())
                .build();
        return JsonObject.builder().put("returnCode", "0000").put("returnMessage", "success")
                .put("info", JsonArray.of(payment, voided)).build();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private JsonValue read(String json) {
        return codec.read(utf8(json));
    }

    private String write(JsonValue value) {
        return new String(codec.write(value), UTF_8);
    }

    private void assertSurvivesAWriteAndARead(JsonValue tree) {
        byte[] once = codec.write(tree);

        JsonValue back = codec.read(once);

        assertEquals(tree, back);
        // Objects compare without regard to order; the bytes show that the order survived too.
        assertArrayEquals(once, codec.write(back), "writing what was read gives the same bytes");
    }

    private static void assertRefused(JsonCodec codec, Reason reason, byte[] input) {
        JsonReadException e = assertThrows(JsonReadException.class, () -> codec.read(input),
                () -> show(input) + " must be refused with " + reason);
        assertEquals(reason, e.reason(), () -> "reason for " + show(input) + "; message: " + e.getMessage());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Input for an assertion message: printable ASCII as it is, other bytes as hex, cut at 120 bytes. */
    private static String show(byte[] input) {
        StringBuilder b = new StringBuilder("<");
        for (int i = 0; i < Math.min(input.length, 120); i++) {
            int c = input[i] & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                b.append((char) c);
            } else {
                b.append(String.format("\\x%02x", c));
            }
        }
        if (input.length > 120) {
            b.append("... (").append(input.length).append(" bytes)");
        }
        return b.append('>').toString();
    }

    /** Slices the key's literal out of {@code {"key":1}}. */
    private static byte[] keyLiteral(byte[] object) {
        byte[] suffix = utf8(":1}");
        assertEquals('{', object[0]);
        assertArrayEquals(suffix, Arrays.copyOfRange(object, object.length - suffix.length, object.length));
        return Arrays.copyOfRange(object, 1, object.length - suffix.length);
    }

    /**
     * Decodes one JSON string literal without the codec under test, refusing what RFC 8259 refuses: bytes
     * that are not strict UTF-8, raw characters below U+0020, an unescaped quote, and any escape but the
     * eight short ones and the six-character hex form.
     */
    private static String decodeStringLiteral(byte[] literal) {
        String s;
        try {
            s = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(literal)).toString();
        } catch (CharacterCodingException e) {
            return fail("not strict UTF-8: " + show(literal));
        }
        assertTrue(s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"', () -> "not quoted: " + show(literal));
        StringBuilder out = new StringBuilder();
        int end = s.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                fail("raw control character " + (int) c + " at " + i + " in " + show(literal));
            }
            if (c == '"') {
                fail("unescaped quote at " + i + " in " + show(literal));
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            assertTrue(i + 1 < end, () -> "backslash at the end of " + show(literal));
            char escape = s.charAt(++i);
            switch (escape) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    assertTrue(i + 4 < end, () -> "short hex escape in " + show(literal));
                    String hex = s.substring(i + 1, i + 5);
                    assertTrue(hex.chars().allMatch(h -> Character.digit(h, 16) >= 0), () -> "bad hex escape " + hex);
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> fail("invalid escape " + escape + " in " + show(literal));
            }
        }
        return out.toString();
    }

    private static final String[] ALPHABET = {
        "a", "Z", "0", " ", "\"", "\\", "/", "\b", "\n", "\t", "\u0000", "\u001f", "\u007f", "\u00e9", "\u20ac",
        "\u73cd", "\u2028", "\ufffd", "\uffff", "\ud83d\ude00", "\udbff\udfff"
    };

    private static JsonValue randomValue(Random random, int depth) {
        int kind = random.nextInt(depth >= 5 ? 4 : 6);
        switch (kind) {
            case 0:
                return JsonString.of(randomText(random));
            case 1:
                return JsonNumber.parse(randomNumber(random));
            case 2:
                return random.nextBoolean() ? JsonBoolean.of(random.nextBoolean()) : JsonNull.INSTANCE;
            case 3:
                return JsonNumber.of(random.nextLong());
            case 4: {
                JsonObject.Builder b = JsonObject.builder();
                List<String> keys = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    String key = randomText(random);
                    if (!keys.contains(key)) {
                        keys.add(key);
                        b.put(key, randomValue(random, depth + 1));
                    }
                }
                return b.build();
            }
            default: {
                JsonValue[] elements = new JsonValue[random.nextInt(6)];
                for (int i = 0; i < elements.length; i++) {
                    elements[i] = randomValue(random, depth + 1);
                }
                return JsonArray.of(elements);
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    /** A literal of RFC 8259's number grammar, at most 40 characters (the default limit). */
    private static String randomNumber(Random random) {
        StringBuilder b = new StringBuilder();
        if (random.nextBoolean()) {
            b.append('-');
        }
        if (random.nextInt(4) == 0) {
            b.append('0');
        } else {
            b.append((char) ('1' + random.nextInt(9)));
            digits(random, b, random.nextInt(24));
        }
        if (random.nextInt(3) == 0) {
            b.append('.');
            digits(random, b, 1 + random.nextInt(8));
        }
        if (random.nextInt(4) == 0) {
            b.append(random.nextBoolean() ? 'e' : 'E');
            int sign = random.nextInt(3);
            if (sign > 0) {
                b.append(sign == 1 ? '+' : '-');
            }
            digits(random, b, 1 + random.nextInt(3));
        }
        return b.toString();
    }

    private static void digits(Random random, StringBuilder b, int count) {
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
    }

    private static byte[] mutate(Random random, byte[] input, byte[] interesting) {
        if (input.length == 0) {
            return new byte[] {interesting[random.nextInt(interesting.length)]};
        }
        int at = random.nextInt(input.length);
        switch (random.nextInt(5)) {
            case 0: {
                byte[] out = input.clone();
                out[at] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
                return out;
            }
            case 1: {
                int length = 1 + random.nextInt(Math.min(16, input.length - at));
                return concat(Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(input, at + length, input.length));
            }
            case 2:
                return concat(Arrays.copyOfRange(input, 0, at), new byte[] {interesting[random.nextInt(interesting.length)]},
                        Arrays.copyOfRange(input, at, input.length));
            case 3:
                return Arrays.copyOf(input, at);
            default: {
                int length = 1 + random.nextInt(Math.min(32, input.length - at));
                return concat(Arrays.copyOfRange(input, 0, at + length), Arrays.copyOfRange(input, at, input.length));
            }
        }
    }
}
