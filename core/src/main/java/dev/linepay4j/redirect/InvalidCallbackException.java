package dev.linepay4j.redirect;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The query string of a confirm or cancel page does not carry one valid {@code transactionId} and one
 * valid {@code orderId}. Every problem is listed, each with its kind, so a page can answer 400 and log
 * why. Messages never repeat the values: the query comes from whoever loaded the page, and a message may
 * end up in a log or, by mistake, in HTML.
 *
 * <pre>{@code
 * try {
 *     RedirectCallback callback = RedirectCallback.parse(request.getQueryString());
 * } catch (InvalidCallbackException e) {
 *     response.sendError(400);
 *     log.warn("bad LINE Pay callback: {}", e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidCallbackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem a parameter has. */
    public enum Problem {
        /** The parameter is not in the query. */
        MISSING,
        /** The parameter appears more than once: which one LINE Pay sent cannot be told. */
        DUPLICATED,
        /** The parameter's value is not a valid transaction id or order id. */
        INVALID,
        /** A part of the query is not well-formed percent-encoding. */
        MALFORMED
    }

    /**
     * One problem.
     *
     * @param problem   its kind
     * @param parameter the parameter it concerns ({@code transactionId}, {@code orderId}, or the position of
     *                  a malformed part, such as {@code part 3})
     * @param message   what is wrong, without the value
     */
    public record Issue(Problem problem, String parameter, String message) {

        /**
         * Creates the issue.
         *
         * @param problem its kind
         * @param parameter the parameter it concerns
         * @param message what is wrong, without the value
         * @throws NullPointerException if a part is null
         */
        public Issue {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(message, "message");
        }

        /** Returns {@code parameter: message}. */
        @Override
        public String toString() {
            return parameter + ": " + message;
        }
    }

    /** Records of enums and strings, which are serialisable. */
    private final List<Issue> issues;

    /**
     * Creates the exception.
     *
     * @param issues at least one problem
     * @throws IllegalArgumentException if there is none
     */
    public InvalidCallbackException(List<Issue> issues) {
        super(describe(issues));
        this.issues = List.copyOf(issues);
    }

    /**
     * Every problem found, in order.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Issue> issues() {
        return issues;
    }

    private static String describe(List<Issue> issues) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("an InvalidCallbackException needs at least one issue");
        }
        return "not a LINE Pay callback: " + issues.stream().map(Issue::toString).collect(Collectors.joining("; "));
    }
}
