package dev.linepay4j.migration;

import java.util.Objects;

/**
 * One thing a v2 → v3 migration could not carry over as it was, and why.
 *
 * <pre>{@code
 * new MigrationNote("mid", "v3 has no field for the customer's LINE member id; drop it")
 * }</pre>
 *
 * @param v2Field the v2 field, as v2 named it ({@code extras.addFriends[0].type})
 * @param problem what happened to it and what to do
 */
public record MigrationNote(String v2Field, String problem) {

    /**
     * Creates a note.
     *
     * @param v2Field the v2 field
     * @param problem what happened to it
     */
    public MigrationNote {
        Objects.requireNonNull(v2Field, "v2Field");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code field: problem}. */
    @Override
    public String toString() {
        return v2Field + ": " + problem;
    }
}
