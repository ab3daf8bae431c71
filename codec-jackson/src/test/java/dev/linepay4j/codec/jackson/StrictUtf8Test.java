package dev.linepay4j.codec.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** StrictUtf8 agrees with the JDK's decoder, which is strict, on every short sequence. */
class StrictUtf8Test {

    /** One decoder for the whole class (JUnit runs a class's tests on one thread); no exceptions thrown. */
    private static final CharsetDecoder JDK = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private static final CharBuffer OUT = CharBuffer.allocate(64);

    private static boolean jdkAccepts(byte[] bytes) {
        JDK.reset();
        OUT.clear();
        return !JDK.decode(ByteBuffer.wrap(bytes), OUT, true).isError() && !JDK.flush(OUT).isError();
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static void assertAgreesWithTheJdk(byte[] bytes) {
        boolean expected = jdkAccepts(bytes) && !hasNul(bytes);
        // A plain check, not assertThat: this runs a few hundred thousand times.
        if ((StrictUtf8.firstRefusedByte(bytes) < 0) != expected) {
            fail((expected ? "refused " : "accepted ") + HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void everyOneAndTwoByteSequenceIsJudgedLikeTheJdk() {
        for (int a = 0; a < 256; a++) {
            assertAgreesWithTheJdk(new byte[] {'x', (byte) a, 'y'});
            for (int b = 0; b < 256; b++) {
                assertAgreesWithTheJdk(new byte[] {'x', (byte) a, (byte) b, 'y'});
            }
        }
    }

    @Test
    void everyThreeByteSequenceFromAMultiByteStartIsJudgedLikeTheJdk() {
        for (int a = 0xc0; a < 0x100; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c = 0; c < 256; c++) {
                    assertAgreesWithTheJdk(new byte[] {(byte) a, (byte) b, (byte) c});
                }
            }
        }
    }

    @Test
    void randomLongerSequencesAreJudgedLikeTheJdk() {
        Random random = new Random(20230422L);
        int[] interesting = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed,
            0xef, 0xf0, 0xf4, 0xf5, 0xff};
        for (int i = 0; i < 100_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(256));
            }
            assertAgreesWithTheJdk(bytes);
        }
    }

    @Test
    void theOffsetIsWhereTheBadSequenceStarts() {
        assertThat(StrictUtf8.firstRefusedByte(new byte[] {'a', 'b', (byte) 0xe7, (byte) 0x8f, 'c'})).isEqualTo(2);
        assertThat(StrictUtf8.firstRefusedByte(new byte[] {'a', 0, 'b'})).isEqualTo(1);
        assertThat(StrictUtf8.firstRefusedByte(new byte[] {(byte) 0xc3, (byte) 0xa9, (byte) 0xff})).isEqualTo(2);
    }

    @Test
    void emptyAsciiAndFourByteCharactersPass() {
        assertThat(StrictUtf8.firstRefusedByte(new byte[0])).isEqualTo(-1);
        assertThat(StrictUtf8.firstRefusedByte("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(StrictUtf8.firstRefusedByte("\u73cd\ud83d\ude00\udbff\udfff".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }
}
