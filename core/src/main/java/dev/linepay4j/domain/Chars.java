package dev.linepay4j.domain;

/**
 * Character checks shared by the value types that end up in a URL path or an HTTP header, where one
 * stray character changes the meaning of the whole request.
 */
final class Chars {

    private Chars() {
    }

    /**
     * The index of the first character of the text that is not in the visible ASCII range
     * ({@code '!'} to {@code '~'}) or is one of the extra forbidden characters.
     *
     * @return the index, or -1 when every character is allowed
     */
    static int firstNotVisibleAscii(String s, String forbidden) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || forbidden.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first control character (C0, DEL or C1), or -1 when there is none.
     */
    static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Names the character at an index without printing it: a position (counted from 1, as people
     * count) and the code unit. Echoing the character itself could put a CR or LF into a log line,
     * and the text around it may be a secret pasted into the wrong field.
     */
    static String at(String s, int index) {
        return "character " + (index + 1) + " is " + String.format("U+%04X", (int) s.charAt(index));
    }
}
