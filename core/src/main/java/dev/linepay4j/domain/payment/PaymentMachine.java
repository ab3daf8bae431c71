package dev.linepay4j.domain.payment;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import java.util.Objects;

/**
 * The rules of an online LINE Pay payment as one pure function, {@link #apply(Payment, PaymentEvent)}:
 * given a payment and an event it answers the next payment, or the return code LINE Pay answers and
 * the rule that was broken. It never throws for any state and event, never changes its input, and
 * keeps no state, so the testkit's fake and sandbox answer exactly as these rules say.
 *
 * <pre>{@code
 * Payment p = Payment.requested(TransactionId.of(2023042201206549310L), "order-1", Amount.of(300),
 *         Currency.TWD, false);
 * Transition t = PaymentMachine.apply(p, new PaymentEvent.Confirm(Amount.of(300), Currency.TWD));
 * t.returnCode();   // 1169: the customer has not approved the payment yet
 * }</pre>
 *
 * <h2>The table</h2>
 *
 * <p>Each cell is the next state, or the code of the refusal. A dash ({@code -}) marks the event a
 * customer, LINE Pay or the clock causes, refused with {@code 1179} ("status cannot be processed")
 * wherever it does not apply: those events never reach a merchant as an answer, only a fake sends them.
 *
 * <table>
 * <caption>state &times; event &rarr; next state or return code</caption>
 * <tr><th>state</th><th>Authenticate</th><th>Cancel</th><th>Expire</th><th>Fail</th><th>Confirm</th>
 *     <th>Capture</th><th>Void</th><th>Refund</th><th>ExpireAuthorization</th></tr>
 * <tr><td>REQUESTED</td><td>AUTHENTICATED</td><td>CANCELLED</td><td>EXPIRED</td><td>FAILED</td>
 *     <td>1169</td><td>1150</td><td>1150</td><td>1150</td><td>-</td></tr>
 * <tr><td>AUTHENTICATED</td><td>-</td><td>-</td><td>EXPIRED</td><td>FAILED</td>
 *     <td>AUTHORIZED (capture=false) or CAPTURED; 1153 if amount or currency differ</td>
 *     <td>1150</td><td>1150</td><td>1150</td><td>-</td></tr>
 * <tr><td>AUTHORIZED</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1172</td>
 *     <td>CAPTURED; 1153 other currency, 1184 above the authorized amount</td><td>VOIDED</td><td>1155</td>
 *     <td>AUTHORIZATION_EXPIRED</td></tr>
 * <tr><td>CAPTURED</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1172</td><td>1172</td><td>1155</td>
 *     <td>PARTIALLY_REFUNDED or REFUNDED; 1164 above the balance, 1152 id already used</td><td>-</td></tr>
 * <tr><td>PARTIALLY_REFUNDED</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1172</td><td>1172</td>
 *     <td>1155</td><td>PARTIALLY_REFUNDED or REFUNDED; 1164, 1152 as above</td><td>-</td></tr>
 * <tr><td>REFUNDED*</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1172</td><td>1172</td><td>1165</td>
 *     <td>1165</td><td>-</td></tr>
 * <tr><td>CANCELLED*</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1180</td><td>1150</td><td>1150</td>
 *     <td>1150</td><td>-</td></tr>
 * <tr><td>EXPIRED*</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1180</td><td>1150</td><td>1150</td>
 *     <td>1150</td><td>-</td></tr>
 * <tr><td>FAILED*</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1179</td><td>1150</td><td>1150</td>
 *     <td>1150</td><td>-</td></tr>
 * <tr><td>VOIDED*</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1172</td><td>1165</td><td>1165</td>
 *     <td>1155</td><td>-</td></tr>
 * <tr><td>AUTHORIZATION_EXPIRED*</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1172</td><td>1180</td>
 *     <td>1165</td><td>1155</td><td>-</td></tr>
 * </table>
 * <p>* terminal: every event is refused.
 *
 * <h2>Checks made before the state is looked at</h2>
 *
 * <p>Faults of the request itself are answered first, whatever the state, as a server validates its
 * parameters before it loads the transaction:
 * <ul>
 * <li>Confirm, Capture: an amount with more decimals than the event's currency allows &rarr; {@code 1124}
 *     (amount info error).</li>
 * <li>Capture of zero &rarr; {@code 1183} (amount below the minimum; listed for capture).</li>
 * <li>Refund with an amount that has more decimals than the payment's currency allows, or of zero
 *     &rarr; {@code 1124} (amount info error; {@code 1183} is not in refund's list, {@code 1124} is).</li>
 * </ul>
 *
 * <h2>Where LINE Pay's documents are silent: choices made here</h2>
 * <ul>
 * <li><b>Sources.</b> Observed by others against the sandbox: confirm before approval {@code 1169},
 *     second confirm {@code 1172}, over-refund {@code 1164}, refund after full refund {@code 1165}.
 *     Documented: confirm amount differs {@code 1153}; {@code 1165} "already refunded / voided";
 *     {@code 1155} "non-refundable transaction". Everything else below is a choice.</li>
 * <li><b>Capture, void or refund before confirm &rarr; {@code 1150}</b> (no transaction history): before
 *     confirm LINE Pay has a reservation, not a payment; payment details are observed to answer
 *     {@code 1150} then. All three endpoints list {@code 1150}.</li>
 * <li><b>Capture above the authorized amount &rarr; {@code 1184}</b>, not {@code 1153}: capture's own code
 *     list has {@code 1184} (older text "exceeds the requested amount") and lacks {@code 1153}. Capture
 *     in another currency &rarr; {@code 1153}, the rule confirm uses, as no code fits better.</li>
 * <li><b>Capture of an already captured payment &rarr; {@code 1172}</b>, as for a second confirm (it is
 *     in capture's list); of a voided authorization &rarr; {@code 1165}; after the authorization expired
 *     &rarr; {@code 1180} (payment expired).</li>
 * <li><b>Void of a captured payment &rarr; {@code 1155}</b> (void is only for uncaptured authorizations;
 *     void's list has {@code 1155} but not {@code 1179}); of a voided, expired or refunded one &rarr;
 *     {@code 1165} (an expired authorization has been voided by LINE Pay).</li>
 * <li><b>Refund of an uncaptured authorization</b>, live, voided or expired &rarr; {@code 1155}: nothing
 *     was taken, so there is nothing to refund.</li>
 * <li><b>Confirm of a cancelled or expired request &rarr; {@code 1180}</b> (payment expired); of a failed
 *     one &rarr; {@code 1179}; of any confirmed payment &rarr; {@code 1172}.</li>
 * <li><b>A refund whose new transaction id is already used</b> by this payment &rarr; {@code 1152}
 *     (duplicate transaction). The id is the caller's, so this only catches a fake's id generator.</li>
 * <li><b>Refund type.</b> {@link TransactionType#PAYMENT_REFUND} when one refund gives back the whole
 *     captured amount at once (amount omitted or equal to it, on a payment with no refund yet);
 *     {@link TransactionType#PARTIAL_REFUND} otherwise, including an omitted amount that refunds what
 *     earlier partial refunds left.</li>
 * <li><b>Partial capture.</b> The remainder is released: {@link Payment#capturedAmount()} is what can be
 *     refunded; {@link Payment#authorizedAmount()} and the PAYMENT transaction keep the confirmed
 *     amount, so that the transaction list only ever grows.</li>
 * <li><b>Expire</b> applies to an authenticated request too: a request the merchant never confirms
 *     cannot live forever. <b>Fail</b> applies before confirm only; a capture that LINE Pay cancels
 *     (codes {@code 1199}, {@code 1280}&ndash;{@code 1298}) is a refused capture followed by a
 *     {@code Void}, left to the fake.</li>
 * <li>A confirm before approval is refused and changes nothing; LINE Pay may afterwards fail the
 *     request ({@code 0122} observed), which a fake expresses with a separate {@code Fail}.</li>
 * </ul>
 */
public final class PaymentMachine {

    private static final ReturnCode AMOUNT_INFO_ERROR = ReturnCode.of("1124");
    private static final ReturnCode NO_TRANSACTION = ReturnCode.of("1150");
    private static final ReturnCode DUPLICATE_TRANSACTION = ReturnCode.of("1152");
    private static final ReturnCode AMOUNT_DIFFERS = ReturnCode.of("1153");
    private static final ReturnCode NOT_REFUNDABLE = ReturnCode.of("1155");
    private static final ReturnCode ABOVE_REFUNDABLE = ReturnCode.of("1164");
    private static final ReturnCode ALREADY_REFUNDED_OR_VOIDED = ReturnCode.of("1165");
    private static final ReturnCode NOT_AUTHENTICATED = ReturnCode.of("1169");
    private static final ReturnCode ALREADY_DONE = ReturnCode.of("1172");
    private static final ReturnCode CANNOT_PROCESS = ReturnCode.of("1179");
    private static final ReturnCode PAYMENT_EXPIRED = ReturnCode.of("1180");
    private static final ReturnCode BELOW_MINIMUM = ReturnCode.of("1183");
    private static final ReturnCode ABOVE_MAXIMUM = ReturnCode.of("1184");

    private static final Transition.Refused UNKNOWN_TRANSACTION =
            new Transition.Refused(NO_TRANSACTION, "no payment has this transaction id");

    private PaymentMachine() {
    }

    /**
     * The outcome of an event on a payment, following the table in the class description.
     *
     * @param payment the payment as it is
     * @param event   what happens to it
     * @return the next payment, or the refusal LINE Pay answers; {@code payment} itself is untouched
     * @throws NullPointerException if an argument is null (a programming error, not a refusal)
     */
    public static Transition apply(Payment payment, PaymentEvent event) {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(event, "event");
        // An instanceof chain rather than a pattern switch, which Java 17 lacks; the last branch is
        // unreachable because PaymentEvent is sealed and every permitted type is listed.
        if (event instanceof PaymentEvent.Authenticate) {
            return authenticate(payment);
        } else if (event instanceof PaymentEvent.Cancel) {
            return cancel(payment);
        } else if (event instanceof PaymentEvent.Expire) {
            return expire(payment);
        } else if (event instanceof PaymentEvent.Fail) {
            return fail(payment);
        } else if (event instanceof PaymentEvent.Confirm confirm) {
            return confirm(payment, confirm);
        } else if (event instanceof PaymentEvent.Capture capture) {
            return capture(payment, capture);
        } else if (event instanceof PaymentEvent.Void) {
            return voidAuthorization(payment);
        } else if (event instanceof PaymentEvent.Refund refund) {
            return refund(payment, refund);
        } else if (event instanceof PaymentEvent.ExpireAuthorization) {
            return expireAuthorization(payment);
        }
        throw new AssertionError("PaymentEvent is sealed; unhandled " + event.getClass());
    }

    /**
     * The refusal for a transaction id no payment has, for registries that look payments up by id
     * before applying an event.
     *
     * @return {@code 1150} (no transaction history)
     */
    public static Transition.Refused unknownTransaction() {
        return UNKNOWN_TRANSACTION;
    }

    private static Transition authenticate(Payment p) {
        return switch (p.state()) {
            case REQUESTED -> moved(p.moveTo(PaymentState.AUTHENTICATED));
            case AUTHENTICATED -> refused(CANNOT_PROCESS, "the customer already approved this payment");
            default -> refused(CANNOT_PROCESS, "the customer can only approve a payment waiting for approval, "
                    + "not one " + p.state());
        };
    }

    private static Transition cancel(Payment p) {
        return p.state() == PaymentState.REQUESTED
                ? moved(p.moveTo(PaymentState.CANCELLED))
                : refused(CANNOT_PROCESS, "the customer can only cancel a payment waiting for approval, not one "
                        + p.state());
    }

    private static Transition expire(Payment p) {
        return switch (p.state()) {
            case REQUESTED, AUTHENTICATED -> moved(p.moveTo(PaymentState.EXPIRED));
            default -> refused(CANNOT_PROCESS, "only a request not yet confirmed can expire, not one " + p.state());
        };
    }

    private static Transition fail(Payment p) {
        return switch (p.state()) {
            case REQUESTED, AUTHENTICATED -> moved(p.moveTo(PaymentState.FAILED));
            default -> refused(CANNOT_PROCESS, "only a request not yet confirmed can fail, not one " + p.state());
        };
    }

    private static Transition expireAuthorization(Payment p) {
        return p.state() == PaymentState.AUTHORIZED
                ? moved(p.moveTo(PaymentState.AUTHORIZATION_EXPIRED))
                : refused(CANNOT_PROCESS, "only an uncaptured authorization can expire, not a payment "
                        + p.state());
    }

    private static Transition confirm(Payment p, PaymentEvent.Confirm c) {
        if (!c.currency().allows(c.amount())) {
            return tooManyDecimals(c.amount(), c.currency());
        }
        // Listed without default: a new state does not compile until its confirm rule is decided.
        return switch (p.state()) {
            case REQUESTED -> refused(NOT_AUTHENTICATED, "confirm before the customer approved the payment");
            case AUTHENTICATED -> {
                if (c.currency() != p.currency() || !c.amount().equals(p.amount())) {
                    yield refused(AMOUNT_DIFFERS, "confirm must repeat the requested " + p.amount() + " "
                            + p.currency() + ", was " + c.amount() + " " + c.currency());
                }
                yield moved(p.confirm());
            }
            case CANCELLED -> refused(PAYMENT_EXPIRED, "confirm of a payment the customer cancelled");
            case EXPIRED -> refused(PAYMENT_EXPIRED, "confirm of a payment the customer did not approve in time");
            case FAILED -> refused(CANNOT_PROCESS, "confirm of a failed payment");
            case AUTHORIZED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED, AUTHORIZATION_EXPIRED ->
                    refused(ALREADY_DONE, "confirm of a payment already confirmed (" + p.state() + ")");
        };
    }

    private static Transition capture(Payment p, PaymentEvent.Capture c) {
        if (!c.currency().allows(c.amount())) {
            return tooManyDecimals(c.amount(), c.currency());
        }
        if (c.amount().isZero()) {
            return refused(BELOW_MINIMUM, "capture of 0; the amount must be positive");
        }
        return switch (p.state()) {
            case REQUESTED, AUTHENTICATED, CANCELLED, EXPIRED, FAILED ->
                    refused(NO_TRANSACTION, "capture of a payment never confirmed (" + p.state() + ")");
            case AUTHORIZED -> {
                if (c.currency() != p.currency()) {
                    yield refused(AMOUNT_DIFFERS, "capture in " + c.currency() + " of a payment in " + p.currency());
                }
                if (c.amount().isGreaterThan(p.authorizedAmount())) {
                    yield refused(ABOVE_MAXIMUM, "capture of " + c.amount() + " exceeds the authorized "
                            + p.authorizedAmount());
                }
                yield moved(p.capture(c.amount()));
            }
            case CAPTURED, PARTIALLY_REFUNDED, REFUNDED ->
                    refused(ALREADY_DONE, "capture of a payment already captured (" + p.state() + ")");
            case VOIDED -> refused(ALREADY_REFUNDED_OR_VOIDED, "capture of a voided authorization");
            case AUTHORIZATION_EXPIRED -> refused(PAYMENT_EXPIRED, "capture after the authorization expired");
        };
    }

    private static Transition voidAuthorization(Payment p) {
        return switch (p.state()) {
            case REQUESTED, AUTHENTICATED, CANCELLED, EXPIRED, FAILED ->
                    refused(NO_TRANSACTION, "void of a payment never confirmed (" + p.state() + ")");
            case AUTHORIZED -> moved(p.moveTo(PaymentState.VOIDED));
            case CAPTURED, PARTIALLY_REFUNDED ->
                    refused(NOT_REFUNDABLE, "void of a captured payment; only an uncaptured authorization can be "
                            + "voided, refund it instead");
            case REFUNDED -> refused(ALREADY_REFUNDED_OR_VOIDED, "void of a payment already refunded");
            case VOIDED -> refused(ALREADY_REFUNDED_OR_VOIDED, "void of an authorization already voided");
            case AUTHORIZATION_EXPIRED -> refused(ALREADY_REFUNDED_OR_VOIDED,
                    "void of an expired authorization, which LINE Pay already voided");
        };
    }

    private static Transition refund(Payment p, PaymentEvent.Refund r) {
        if (r.amount().isPresent()) {
            Amount asked = r.amount().get();
            if (!p.currency().allows(asked)) {
                return tooManyDecimals(asked, p.currency());
            }
            if (asked.isZero()) {
                return refused(AMOUNT_INFO_ERROR, "refund of 0; omit the amount to refund everything");
            }
        }
        return switch (p.state()) {
            case REQUESTED, AUTHENTICATED, CANCELLED, EXPIRED, FAILED ->
                    refused(NO_TRANSACTION, "refund of a payment never confirmed (" + p.state() + ")");
            case AUTHORIZED -> refused(NOT_REFUNDABLE,
                    "refund of an uncaptured authorization; void it, or capture it first");
            case VOIDED, AUTHORIZATION_EXPIRED -> refused(NOT_REFUNDABLE,
                    "refund of an authorization never captured (" + p.state() + ")");
            case REFUNDED -> refused(ALREADY_REFUNDED_OR_VOIDED, "refund of a payment already fully refunded");
            case CAPTURED, PARTIALLY_REFUNDED -> refundCaptured(p, r);
        };
    }

    private static Transition refundCaptured(Payment p, PaymentEvent.Refund r) {
        Amount balance = p.refundableBalance();   // positive in these two states (Payment's invariant)
        Amount refunded = r.amount().orElse(balance);
        if (refunded.isGreaterThan(balance)) {
            return refused(ABOVE_REFUNDABLE, "refund of " + refunded + " exceeds the refundable balance of "
                    + balance);
        }
        TransactionId id = r.refundTransactionId();
        boolean idUsed = id.equals(p.transactionId())
                || p.transactions().stream().anyMatch(t -> t.id().equals(id));
        if (idUsed) {
            return refused(DUPLICATE_TRANSACTION, "refund transaction id " + id + " is already used");
        }
        boolean wholeAtOnce = p.state() == PaymentState.CAPTURED && refunded.equals(p.capturedAmount());
        TransactionType type = wholeAtOnce ? TransactionType.PAYMENT_REFUND : TransactionType.PARTIAL_REFUND;
        PaymentState next = refunded.equals(balance) ? PaymentState.REFUNDED : PaymentState.PARTIALLY_REFUNDED;
        return moved(p.refund(Transaction.refund(id, type, refunded, p.transactionId()), next));
    }

    private static Transition tooManyDecimals(Amount amount, Currency currency) {
        return refused(AMOUNT_INFO_ERROR, "amount " + amount + " has more decimal places than " + currency
                + " allows (" + currency.scale() + ")");
    }

    private static Transition moved(Payment next) {
        return new Transition.Moved(next);
    }

    private static Transition refused(ReturnCode code, String rule) {
        return new Transition.Refused(code, rule);
    }
}
