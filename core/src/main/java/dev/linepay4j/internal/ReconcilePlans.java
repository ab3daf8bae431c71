package dev.linepay4j.internal;

import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.TransactionType;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PayInfo;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.RefundInfo;
import dev.linepay4j.domain.response.RefundResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How each operation that changes state is read back (the reconciliation rules):
 * <table>
 *   <caption>Reading back</caption>
 *   <tr><th>Operation</th><th>Reads</th><th>DONE</th><th>NOT_DONE</th><th>UNKNOWN</th></tr>
 *   <tr><td>confirm</td><td>details by transaction id; when it has none ({@code 1150}), the request-status
 *       check</td><td>the payment is in the details (any payStatus) and its paid amount and currency are
 *       the confirm's: a {@link ConfirmResponse} built from the details, {@code readBack() == true},
 *       without regKey, merchantReference and card fields</td><td>not in the details and the status
 *       check says not yet authenticated, authenticated, cancelled/expired or failed</td><td>status check
 *       says completed though the details have nothing; another amount; a read failed</td></tr>
 *   <tr><td>capture</td><td>details by transaction id</td><td>payStatus CAPTURE with the capture's amount
 *       and currency</td><td>{@code 1150}; payStatus AUTHORIZATION, VOIDED_AUTHORIZATION or
 *       EXPIRED_AUTHORIZATION</td><td>another amount; no payStatus; a read failed</td></tr>
 *   <tr><td>void</td><td>details by transaction id</td><td>payStatus VOIDED_AUTHORIZATION
 *       ({@link Acknowledgement} with code {@code 0000}, an empty message and the details entry as raw)</td>
 *       <td>{@code 1150}; any other payStatus</td><td>no payStatus; a read failed</td></tr>
 *   <tr><td>refund</td><td>details by transaction id before the first attempt (the snapshot) and after</td>
 *       <td>exactly one refund that was not there before, of the amount asked (any amount for a full
 *       refund)</td><td>{@code 1150}; no new refund of that amount (the refund is not sent again
 *       automatically)</td><td>several new ones; no snapshot while refunds exist; a read failed</td></tr>
 *   <tr><td>regKey payment</td><td>details by order id</td><td>a payment with the order id, the amount and the
 *       currency asked</td><td>{@code 1150}</td><td>another amount; a read failed</td></tr>
 *   <tr><td>regKey expiry</td><td>regKey check</td><td>EXPIRED or DISCARDED</td><td>USABLE</td>
 *       <td>anything else; a read failed</td></tr>
 * </table>
 * The snapshot costs a refund one extra details call; it is the only way to tell this refund from earlier
 * ones of the same amount. Comparing amounts ({@link Amount#compareTo}) ignores their scale.
 *
 * <pre>{@code
 * op.withPlan(ReconcilePlans.capture(id, request, reads));
 * }</pre>
 */
public final class ReconcilePlans {

    /** The reads a plan makes, as the client builds them (same version, timeouts and retry policy). */
    public interface Reads {

        /**
         * A payment-details read.
         *
         * @param query the query
         * @return the operation
         */
        Operation<List<PaymentDetails>> details(PaymentDetailsQuery query);

        /**
         * A request-status check.
         *
         * @param transactionId the payment
         * @return the operation
         */
        Operation<RequestStatus> requestStatus(TransactionId transactionId);

        /**
         * A regKey check (without card authorization).
         *
         * @param regKey the key
         * @return the operation
         */
        Operation<RegKeyStatus> regKeyCheck(RegKey regKey);
    }

    private ReconcilePlans() {
    }

    /**
     * The plan of a confirm.
     *
     * @param id      the payment
     * @param request the amount and currency confirmed
     * @param reads   the reads
     * @return the plan
     */
    public static ReconcilePlan<ConfirmResponse, Void> confirm(TransactionId id, ConfirmRequest request, Reads reads) {
        return plan(true, snapshot -> ReadBack.read(reads.details(PaymentDetailsQuery.ofTransactionIds(id)),
                list -> payment(list, id).map(d -> confirmed(d, request))
                        .orElseGet(() -> statusCheck(id, "payment details: not there", reads)),
                error -> noTransaction(error) ? statusCheck(id, "payment details: 1150", reads)
                        : ReadBack.failed(error, "payment details failed")));
    }

    private static ReadBack.Step<ConfirmResponse> confirmed(PaymentDetails d, ConfirmRequest request) {
        String seen = seen(d);
        if (!sameMoney(d, request.amount(), request.currency())) {
            return ReadBack.unknown(seen + ", not the " + request.amount() + " " + request.currency() + " confirmed");
        }
        if (d.orderId().isEmpty()) {
            return ReadBack.unknown(seen + ", but without the orderId a confirm answer needs");
        }
        return ReadBack.done(new ConfirmResponse(d.transactionId(), d.orderId().get(), d.payInfo(),
                d.authorizationExpireDate(), Optional.empty(), d.packages(), Optional.empty(), d.paymentProvider(),
                d.raw(), true), seen + ": confirmed");
    }

    private static ReadBack.Step<ConfirmResponse> statusCheck(TransactionId id, String before, Reads reads) {
        return ReadBack.read(reads.requestStatus(id),
                status -> status == RequestStatus.COMPLETED
                        ? ReadBack.unknown(before + "; request status: COMPLETED, yet the details show no payment")
                        : ReadBack.notDone(before + "; request status: " + status + ": not confirmed"),
                error -> ReadBack.failed(error, before + "; request status check failed"));
    }

    /**
     * The plan of a capture.
     *
     * @param id      the payment
     * @param request the amount and currency captured
     * @param reads   the reads
     * @return the plan
     */
    public static ReconcilePlan<CaptureResponse, Void> capture(TransactionId id, CaptureRequest request, Reads reads) {
        return plan(true, snapshot -> ReadBack.read(reads.details(PaymentDetailsQuery.ofTransactionIds(id)),
                list -> {
                    Optional<PaymentDetails> found = payment(list, id);
                    if (found.isEmpty()) {
                        return ReadBack.unknown("payment details: the answer does not list the payment");
                    }
                    PaymentDetails d = found.get();
                    String seen = seen(d);
                    if (d.payStatus().isEmpty()) {
                        return ReadBack.unknown(seen);
                    }
                    if (d.payStatus().get() != PayStatus.CAPTURE) {
                        return ReadBack.notDone(seen + ": not captured");
                    }
                    if (!sameMoney(d, request.amount(), request.currency())) {
                        return ReadBack.unknown(seen + ", not the " + request.amount() + " " + request.currency()
                                + " captured");
                    }
                    if (d.orderId().isEmpty()) {
                        return ReadBack.unknown(seen + ", but without the orderId a capture answer needs");
                    }
                    return ReadBack.done(new CaptureResponse(d.transactionId(), d.orderId().get(), d.payInfo(),
                            d.paymentProvider(), d.raw()), seen + ": captured");
                },
                error -> noTransaction(error) ? ReadBack.notDone("payment details: 1150, no such authorization")
                        : ReadBack.failed(error, "payment details failed")));
    }

    /**
     * The plan of a void.
     *
     * @param id    the payment
     * @param reads the reads
     * @return the plan
     */
    public static ReconcilePlan<Acknowledgement, Void> voidAuthorization(TransactionId id, Reads reads) {
        return plan(true, snapshot -> ReadBack.read(reads.details(PaymentDetailsQuery.ofTransactionIds(id)),
                list -> {
                    Optional<PaymentDetails> found = payment(list, id);
                    if (found.isEmpty()) {
                        return ReadBack.unknown("payment details: the answer does not list the payment");
                    }
                    PaymentDetails d = found.get();
                    String seen = seen(d);
                    if (d.payStatus().isEmpty()) {
                        return ReadBack.unknown(seen);
                    }
                    if (d.payStatus().get() != PayStatus.VOIDED_AUTHORIZATION) {
                        return ReadBack.notDone(seen + ": not voided");
                    }
                    return ReadBack.done(new Acknowledgement(ReturnCode.SUCCESS, "", d.raw()), seen + ": voided");
                },
                error -> noTransaction(error) ? ReadBack.notDone("payment details: 1150, no such authorization")
                        : ReadBack.failed(error, "payment details failed")));
    }

    /**
     * The plan of a refund: the refunds listed before the first attempt, then after.
     *
     * @param id      the payment
     * @param request the refund asked
     * @param reads   the reads
     * @return the plan
     */
    public static ReconcilePlan<RefundResponse, List<PaymentDetails>> refund(TransactionId id, RefundRequest request,
                                                                           Reads reads) {
        Operation<List<PaymentDetails>> snapshot = reads.details(PaymentDetailsQuery.ofTransactionIds(id));
        return new ReconcilePlan<>() {
            @Override
            public Optional<Operation<List<PaymentDetails>>> snapshot() {
                return Optional.of(snapshot);
            }

            @Override
            public ReadBack.Step<RefundResponse> readBack(ReconcilePlan.Snapshot<List<PaymentDetails>> taken) {
                Optional<Set<TransactionId>> before = refundsBefore(taken, id);
                return ReadBack.read(reads.details(PaymentDetailsQuery.ofTransactionIds(id)),
                        list -> refunded(payment(list, id), before, request),
                        error -> noTransaction(error) ? ReadBack.notDone("payment details: 1150, nothing to refund")
                                : ReadBack.failed(error, "payment details failed"));
            }

            @Override
            public boolean resendWhenNotDone() {
                return false;
            }
        };
    }

    private static Optional<Set<TransactionId>> refundsBefore(ReconcilePlan.Snapshot<List<PaymentDetails>> taken,
                                                              TransactionId id) {
        if (taken.value().isPresent()) {
            Set<TransactionId> ids = new HashSet<>();
            payment(taken.value().get(), id).ifPresent(d -> d.refundList().forEach(r -> ids.add(r.refundTransactionId())));
            return Optional.of(ids);
        }
        if (taken.error().filter(ReconcilePlans::noTransaction).isPresent()) {
            return Optional.of(Set.of());     // no captured payment then: no refunds either
        }
        return Optional.empty();
    }

    private static ReadBack.Step<RefundResponse> refunded(Optional<PaymentDetails> found,
                                                          Optional<Set<TransactionId>> before, RefundRequest request) {
        if (found.isEmpty()) {
            return ReadBack.unknown("payment details: the answer does not list the payment");
        }
        PaymentDetails d = found.get();
        List<RefundInfo> refunds = d.refundList();
        String seen = "payment details: " + refunds.size() + (refunds.size() == 1 ? " refund" : " refunds");
        if (before.isEmpty()) {
            return refunds.isEmpty() ? ReadBack.notDone(seen + ": not refunded")
                    : ReadBack.unknown(seen + ", and no list from before the refund to tell this one from them");
        }
        List<Integer> fresh = new ArrayList<>();
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < refunds.size(); i++) {
            RefundInfo r = refunds.get(i);
            if (!before.get().contains(r.refundTransactionId())) {
                fresh.add(i);
                if (request.refundAmount().map(a -> a.compareTo(r.refundAmount()) == 0).orElse(true)) {
                    matching.add(i);
                }
            }
        }
        seen += ", " + fresh.size() + " new since the refund was sent";
        String asked = request.refundAmount().map(a -> "of " + a).orElse("in full");
        if (matching.isEmpty()) {
            return ReadBack.notDone(seen + ", none " + asked + ": not refunded");
        }
        if (matching.size() > 1) {
            return ReadBack.unknown(seen + ", " + matching.size() + " " + asked + ": cannot tell which is this one");
        }
        int i = matching.get(0);
        RefundInfo r = refunds.get(i);
        JsonObject raw = d.raw().array("refundList").filter(a -> a.size() > i).map(a -> a.get(i))
                .filter(JsonObject.class::isInstance).map(JsonObject.class::cast).orElse(JsonObject.of());
        return ReadBack.done(new RefundResponse(r.refundTransactionId(), r.refundTransactionDate(), raw),
                seen + ", one " + asked + ": refunded");
    }

    /**
     * The plan of a payment with a regKey: the order id finds it.
     *
     * @param request the payment asked
     * @param reads   the reads
     * @return the plan
     */
    public static ReconcilePlan<PreapprovedPaymentResponse, Void> payPreapproved(PreapprovedPaymentRequest request,
                                                                                Reads reads) {
        OrderId orderId = request.orderId();
        return plan(true, snapshot -> ReadBack.read(reads.details(PaymentDetailsQuery.ofOrderIds(orderId)),
                list -> {
                    Optional<PaymentDetails> found = list.stream().filter(d -> d.orderId().equals(Optional.of(orderId)))
                            .filter(d -> d.transactionType().map(t -> !t.isRefund()).orElse(true)).findFirst();
                    if (found.isEmpty()) {
                        return ReadBack.notDone("payment details: no payment with the order id");
                    }
                    PaymentDetails d = found.get();
                    String seen = seen(d);
                    if (!sameMoney(d, request.amount(), request.currency())) {
                        return ReadBack.unknown(seen + ", not the " + request.amount() + " " + request.currency()
                                + " asked");
                    }
                    return ReadBack.done(new PreapprovedPaymentResponse(d.transactionId(), d.transactionDate(),
                            d.orderId(), d.authorizationExpireDate(), d.paymentProvider(), d.raw()), seen + ": paid");
                },
                error -> noTransaction(error) ? ReadBack.notDone("payment details: 1150, no payment with the order id")
                        : ReadBack.failed(error, "payment details failed")));
    }

    /**
     * The plan of a regKey expiry.
     *
     * @param regKey the key
     * @param reads  the reads
     * @return the plan
     */
    public static ReconcilePlan<Acknowledgement, Void> expireRegKey(RegKey regKey, Reads reads) {
        return plan(true, snapshot -> ReadBack.read(reads.regKeyCheck(regKey),
                status -> switch (status) {
                    case EXPIRED, DISCARDED -> ReadBack.done(new Acknowledgement(ReturnCode.SUCCESS, "", JsonObject.of()),
                            "regKey check: " + status + ": expired");
                    case USABLE -> ReadBack.notDone("regKey check: USABLE: not expired");
                    default -> ReadBack.unknown("regKey check: " + status);
                },
                error -> ReadBack.failed(error, "regKey check failed")));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static <T> ReconcilePlan<T, Void> plan(boolean resend,
                                                   Function<ReconcilePlan.Snapshot<Void>, ReadBack.Step<T>> readBack) {
        return new ReconcilePlan<>() {
            @Override
            public ReadBack.Step<T> readBack(ReconcilePlan.Snapshot<Void> snapshot) {
                return readBack.apply(snapshot);
            }

            @Override
            public boolean resendWhenNotDone() {
                return resend;
            }
        };
    }

    /** The entry of the payment itself (not one of its refunds). */
    private static Optional<PaymentDetails> payment(List<PaymentDetails> list, TransactionId id) {
        return list.stream().filter(d -> d.transactionId().equals(id))
                .filter(d -> d.transactionType().map(t -> t == TransactionType.PAYMENT).orElse(true)).findFirst();
    }

    private static boolean noTransaction(LinePayError error) {
        return error instanceof ApiError api && api.returnCode().equals(ReturnCode.NO_TRANSACTION);
    }

    /** The paid amount is the payInfo's sum; an entry without payInfo proves no amount. */
    private static boolean sameMoney(PaymentDetails d, Amount amount, Currency currency) {
        if (d.payInfo().isEmpty() || d.currency().filter(c -> c != currency).isPresent()) {
            return false;
        }
        return paid(d).compareTo(amount) == 0;
    }

    private static Amount paid(PaymentDetails d) {
        Amount sum = Amount.ZERO;
        for (PayInfo p : d.payInfo()) {
            sum = sum.plus(p.amount());
        }
        return sum;
    }

    private static String seen(PaymentDetails d) {
        return "payment details: payStatus " + d.payStatus().map(Enum::name).orElseGet(() -> rawStatus(d))
                + ", paid " + paid(d) + d.currency().map(c -> " " + c).orElse("");
    }

    private static String rawStatus(PaymentDetails d) {
        Optional<JsonValue> v = d.raw().get("payStatus");
        return v.isPresent() ? "unknown to linepay4j" : "absent";
    }
}
