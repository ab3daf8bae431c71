package dev.linepay4j.codec.jackson;

/**
 * Checks that bytes are strict UTF-8 (RFC 3629) without a NUL byte, before Jackson sees them.
 *
 * <p>Jackson's byte parser is lenient where the contract is not: it decodes overlong forms (so
 * {@code C0 AF} reads as {@code /}) and code points above U+10FFFF, and it guesses UTF-16 or UTF-32 from
 * NUL bytes and byte-order marks. After this check none of that can happen: every sequence is the
 * shortest form of a scalar value, and with no NUL byte and no {@code FE}/{@code FF} byte, Jackson's
 * encoding detection always picks UTF-8. A NUL byte never occurs in well-formed UTF-8 JSON (it would be
 * a raw control character), so refusing it loses nothing.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /**
     * The offset of the first byte that starts an invalid sequence, or of the first NUL byte.
     *
     * @param bytes the input
     * @return the offset, or -1 when every byte is fine
     */
    static int firstRefusedByte(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            int b = bytes[i];
            if (b > 0) {
                // ASCII other than NUL: the common case, one comparison per byte.
                i++;
                continue;
            }
            if (b == 0) {
                return i;
            }
            b &= 0xff;
            int continuation;
            int secondMin = 0x80;
            int secondMax = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                continuation = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                continuation = 2;
                if (b == 0xe0) {
                    secondMin = 0xa0;   // below is an overlong form
                } else if (b == 0xed) {
                    secondMax = 0x9f;   // above is a surrogate, U+D800..U+DFFF
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                continuation = 3;
                if (b == 0xf0) {
                    secondMin = 0x90;   // below is an overlong form
                } else if (b == 0xf4) {
                    secondMax = 0x8f;   // above is beyond U+10FFFF
                }
            } else {
                // 80..C1 cannot start a sequence (continuation bytes, overlong two-byte forms);
                // F5..FF are never used.
                return i;
            }
            if (i + continuation >= n) {
                return i;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < secondMin || second > secondMax) {
                return i;
            }
            for (int k = 2; k <= continuation; k++) {
                int next = bytes[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return i;
                }
            }
            i += continuation + 1;
        }
        return -1;
    }
}
