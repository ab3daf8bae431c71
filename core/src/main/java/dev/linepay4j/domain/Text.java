package dev.linepay4j.domain;

/** Helpers for putting user input into error messages safely. */
final class Text {

    private static final int EXCERPT = 60;

    private Text() {
    }

    /** Whether the text holds a control character (CR, LF, TAB, DEL, C0 or C1). */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A short, single-line rendering of untrusted input for an error message: controls escaped, long text cut. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), EXCERPT) + 8);
        for (int i = 0; i < s.length() && b.length() < EXCERPT; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= EXCERPT && s.length() > EXCERPT) {
            b.append('…');
        }
        return b.toString();
    }
}
