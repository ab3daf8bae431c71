package dev.linepay4j.domain.code;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A LINE Pay {@code returnCode}: four characters, {@code "0000"} for success. Every code LINE Pay
 * documents is in the catalogue with a description, a {@link ReturnCodeCategory} and whether retrying
 * can help; any other code is still a value ({@link #isKnown()} false, category
 * {@link ReturnCodeCategory#UNKNOWN}), never an exception.
 *
 * <pre>{@code
 * ReturnCode code = ReturnCode.of("1172");
 * code.category();    // STATE_CONFLICT
 * code.retryable();   // false
 * }</pre>
 */
public final class ReturnCode {

    private final String code;
    private final String description;
    private final ReturnCodeCategory category;
    private final boolean retryable;
    private final boolean known;

    private ReturnCode(String code, String description, ReturnCodeCategory category, boolean retryable,
                       boolean known) {
        this.code = code;
        this.description = description;
        this.category = category;
        this.retryable = retryable;
        this.known = known;
    }

    /**
     * The code for the given text, from the catalogue when LINE Pay documents it.
     *
     * @param code the four characters of {@code returnCode}
     * @return the catalogued code, or an unknown code carrying the text
     * @throws NullPointerException if code is null
     */
    public static ReturnCode of(String code) {
        Objects.requireNonNull(code, "code");
        ReturnCode catalogued = Catalogue.CODES.get(code);
        return catalogued != null ? catalogued
                : new ReturnCode(code, "Not in linepay4j's catalogue", ReturnCodeCategory.UNKNOWN, false, false);
    }

    /**
     * Every code in the catalogue, in ascending order.
     *
     * @return an unmodifiable collection
     */
    public static Collection<ReturnCode> catalogue() {
        return Catalogue.CODES.values();
    }

    static ReturnCode catalogued(String code, ReturnCodeCategory category, boolean retryable, String description) {
        return new ReturnCode(code, description, category, retryable, true);
    }

    /**
     * The code's text.
     *
     * @return four characters, such as {@code "1172"}
     */
    public String code() {
        return code;
    }

    /**
     * What the code means, in linepay4j's words.
     *
     * @return a sentence; for unknown codes a note that the code is not catalogued
     */
    public String description() {
        return description;
    }

    /**
     * The kind of outcome.
     *
     * @return the category; {@link ReturnCodeCategory#UNKNOWN} for codes not in the catalogue
     */
    public ReturnCodeCategory category() {
        return category;
    }

    /**
     * Whether sending the same request again later can succeed (LINE Pay says so for the
     * {@code 190X} family, for example). It says nothing of whether a retry is <em>safe</em>; that
     * depends on the operation.
     *
     * @return true if a later retry can help
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * Whether the code is in the catalogue.
     *
     * @return false for codes LINE Pay added after this release
     */
    public boolean isKnown() {
        return known;
    }

    /**
     * Whether this is {@code 0000}. Note that on the request-status check {@code 0000} means "not yet
     * authenticated"; see {@link RequestStatus}.
     *
     * @return true for {@code 0000}
     */
    public boolean isSuccess() {
        return "0000".equals(code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReturnCode && ((ReturnCode) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The code and its description, such as {@code 1172 (Transaction with the same order id exists)}. */
    @Override
    public String toString() {
        return code + " (" + description + ")";
    }

    /** The table; a holder class so that {@link ReturnCode}'s constants can refer to it. */
    private static final class Catalogue {
        static final Map<String, ReturnCode> CODES = CatalogueTable.build();
    }
}
