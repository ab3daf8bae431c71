package dev.linepay4j.domain.payment;

import dev.linepay4j.domain.code.ReturnCode;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PaymentMachine#apply} answers: the payment after the event ({@link Moved}), or a
 * refusal with the return code LINE Pay would send and the rule that was broken ({@link Refused}).
 * A refusal carries no payment, because a refused event changes nothing.
 *
 * <pre>{@code
 * Transition t = payment.apply(new PaymentEvent.Void());
 * if (t instanceof Transition.Refused r) {
 *     r.code();   // for example 1165 for an authorization already voided
 * }
 * Payment after = t.orElse(payment);
 * }</pre>
 */
public sealed interface Transition {

    /**
     * The code LINE Pay's API answers for this outcome.
     *
     * @return {@code 0000} when the event was accepted, the refusal's code otherwise
     */
    ReturnCode returnCode();

    /**
     * Whether the event was accepted.
     *
     * @return true for {@link Moved}
     */
    default boolean isMoved() {
        return this instanceof Moved;
    }

    /**
     * The payment after the event, if it was accepted.
     *
     * @return the next payment, or empty for a refusal
     */
    default Optional<Payment> movedTo() {
        return this instanceof Moved ? Optional.of(((Moved) this).next()) : Optional.empty();
    }

    /**
     * The refusal, if the event was refused.
     *
     * @return the refusal, or empty when the event was accepted
     */
    default Optional<Refused> refusal() {
        return this instanceof Refused ? Optional.of((Refused) this) : Optional.empty();
    }

    /**
     * The payment as it stands after this outcome: the next payment when accepted, the given one
     * (unchanged) when refused. Handy for folding a sequence of events.
     *
     * @param current the payment the event was applied to
     * @return the next payment, or {@code current}
     * @throws NullPointerException if current is null
     */
    default Payment orElse(Payment current) {
        Objects.requireNonNull(current, "current");
        return this instanceof Moved ? ((Moved) this).next() : current;
    }

    /**
     * The event was accepted.
     *
     * <pre>{@code
     * new Transition.Moved(payment).returnCode();   // 0000
     * }</pre>
     *
     * @param next the payment after the event
     */
    record Moved(Payment next) implements Transition {
        /**
         * Creates the outcome.
         *
         * @param next the payment after the event
         * @throws NullPointerException if next is null
         */
        public Moved {
            Objects.requireNonNull(next, "next");
        }

        /** Always {@code 0000}. */
        @Override
        public ReturnCode returnCode() {
            return ReturnCode.of("0000");
        }
    }

    /**
     * The event was refused; the payment stays as it was.
     *
     * <pre>{@code
     * new Transition.Refused(ReturnCode.of("1169"), "confirm before the customer approved the payment");
     * }</pre>
     *
     * @param code the return code LINE Pay answers for it
     * @param rule the rule that was broken, in words; suitable as {@code returnMessage}
     */
    record Refused(ReturnCode code, String rule) implements Transition {
        /**
         * Creates the outcome.
         *
         * @param code the return code
         * @param rule the broken rule, in words; not blank
         * @throws NullPointerException     if a component is null
         * @throws IllegalArgumentException if the rule is blank: a refusal must say why
         */
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rule, "rule");
            if (rule.isBlank()) {
                throw new IllegalArgumentException("a refusal must name the broken rule");
            }
        }

        /** The refusal's {@link #code()}. */
        @Override
        public ReturnCode returnCode() {
            return code;
        }
    }
}
