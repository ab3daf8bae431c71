package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only copy of a {@link LinePaySandbox}'s books, taken at one moment by
 * {@link LinePaySandbox#books()}: every payment (core's {@link Payment} value, with the moves that
 * made it), every regKey, and how many calls each endpoint received and processed. Later calls do not
 * change a copy already taken.
 *
 * <p>Made for assertions in tests, including chaos tests that check "no payment confirmed twice, no
 * refund applied twice" from the sandbox's side of the wire:
 *
 * <pre>{@code
 * SandboxBooks books = sandbox.books();
 * BookedPayment p = books.payment(transactionId).orElseThrow();
 * assertThat(p.payment().state()).isEqualTo(PaymentState.CAPTURED);
 * assertThat(p.count(PaymentEvent.Confirm.class)).isEqualTo(1);
 * assertThat(books.calls(SandboxEndpoint.CONFIRM).processed()).isEqualTo(3);
 * }</pre>
 */
public final class SandboxBooks {

    private final List<BookedPayment> payments;
    private final List<BookedRegKey> regKeys;
    private final Map<SandboxEndpoint, CallCount> counts;
    private final List<Call> recentCalls;

    SandboxBooks(List<BookedPayment> payments, List<BookedRegKey> regKeys, Map<SandboxEndpoint, CallCount> counts,
                 List<Call> recentCalls) {
        this.payments = List.copyOf(payments);
        this.regKeys = List.copyOf(regKeys);
        EnumMap<SandboxEndpoint, CallCount> all = new EnumMap<>(SandboxEndpoint.class);
        for (SandboxEndpoint e : SandboxEndpoint.values()) {
            all.put(e, counts.getOrDefault(e, new CallCount(0, 0)));
        }
        this.counts = Map.copyOf(all);
        this.recentCalls = List.copyOf(recentCalls);
    }

    /**
     * Every payment of every channel, in the order they were requested (channel by channel).
     *
     * @return an unmodifiable list
     */
    public List<BookedPayment> payments() {
        return payments;
    }

    /**
     * The payment with a transaction id, whichever channel it belongs to.
     *
     * @param transactionId the payment's id (a refund's id finds nothing here)
     * @return the payment, or empty when the sandbox issued no payment with that id
     */
    public Optional<BookedPayment> payment(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return payments.stream().filter(p -> p.payment().transactionId().equals(transactionId)).findFirst();
    }

    /**
     * The payments with an order id. Order ids are unique within a channel, so the list holds at most
     * one payment per channel.
     *
     * @param orderId the merchant's order id
     * @return an unmodifiable list, empty when no channel has such an order
     */
    public List<BookedPayment> paymentsByOrderId(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return payments.stream().filter(p -> p.payment().orderId().equals(orderId)).toList();
    }

    /**
     * Every regKey issued, in the order they were issued (channel by channel).
     *
     * @return an unmodifiable list
     */
    public List<BookedRegKey> regKeys() {
        return regKeys;
    }

    /**
     * A regKey, whichever channel it belongs to.
     *
     * @param regKey the key
     * @return the key's entry, or empty when the sandbox never issued it
     */
    public Optional<BookedRegKey> regKey(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        return regKeys.stream().filter(k -> k.regKey().equals(regKey)).findFirst();
    }

    /**
     * How many calls one endpoint received and processed, over both API versions and all channels.
     *
     * @param endpoint the endpoint
     * @return the counts; zero for an endpoint never called
     */
    public CallCount calls(SandboxEndpoint endpoint) {
        return counts.get(Objects.requireNonNull(endpoint, "endpoint"));
    }

    /**
     * The counts of every endpoint.
     *
     * @return an unmodifiable map holding every endpoint
     */
    public Map<SandboxEndpoint, CallCount> callCounts() {
        return counts;
    }

    /**
     * The latest API calls, oldest first: at most the last {@value CallLog#RECENT} calls are kept.
     *
     * @return an unmodifiable list
     */
    public List<Call> recentCalls() {
        return recentCalls;
    }

    /** The number of payments and regKeys; never their contents. */
    @Override
    public String toString() {
        return "SandboxBooks[" + payments.size() + " payments, " + regKeys.size() + " regKeys]";
    }

    /**
     * One payment in the books.
     *
     * <pre>{@code
     * BookedPayment p = sandbox.books().payment(id).orElseThrow();
     * p.payment().refunds();               // the refund transactions
     * p.count(PaymentEvent.Refund.class);  // how many refunds were applied
     * }</pre>
     *
     * @param channelId              the channel (merchant) the payment belongs to
     * @param requestedWith          the API version of the call that created it
     * @param payment                core's payment value: state, amounts and transactions
     * @param requestedAt            when it was requested (or, for a regKey payment, paid)
     * @param confirmedAt            when it was confirmed, if it was
     * @param authorizationExpiresAt when an authorization ({@code capture=false}) runs out, if it is one
     * @param issuedRegKey           the regKey its confirm issued, for a {@code PREAPPROVED} payment
     * @param paidWithRegKey         the regKey it was paid with, for a payment made through
     *                               {@code preapprovedPay/{regKey}/payment}
     * @param movements              every accepted event, oldest first
     */
    public record BookedPayment(ChannelId channelId, ApiVersion requestedWith, Payment payment, Instant requestedAt,
                                Optional<Instant> confirmedAt, Optional<Instant> authorizationExpiresAt,
                                Optional<RegKey> issuedRegKey, Optional<RegKey> paidWithRegKey,
                                List<Movement> movements) {

        /**
         * Creates the entry.
         *
         * @param channelId              the channel
         * @param requestedWith          the API version of the creating call
         * @param payment                the payment
         * @param requestedAt            when it was requested
         * @param confirmedAt            when it was confirmed
         * @param authorizationExpiresAt when its authorization runs out
         * @param issuedRegKey           the regKey its confirm issued
         * @param paidWithRegKey         the regKey it was paid with
         * @param movements              the accepted events
         */
        public BookedPayment {
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(requestedWith, "requestedWith");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(requestedAt, "requestedAt");
            Objects.requireNonNull(confirmedAt, "confirmedAt");
            Objects.requireNonNull(authorizationExpiresAt, "authorizationExpiresAt");
            Objects.requireNonNull(issuedRegKey, "issuedRegKey");
            Objects.requireNonNull(paidWithRegKey, "paidWithRegKey");
            movements = List.copyOf(movements);
        }

        /**
         * How many times an event of a kind was accepted: a correct client confirms once, so
         * {@code count(PaymentEvent.Confirm.class)} is 1 for every confirmed payment.
         *
         * @param kind the event's type, such as {@code PaymentEvent.Refund.class}
         * @return the number of accepted events of that type
         */
        public long count(Class<? extends PaymentEvent> kind) {
            Objects.requireNonNull(kind, "kind");
            return movements.stream().filter(m -> kind.isInstance(m.event())).count();
        }
    }

    /**
     * One accepted event of a payment.
     *
     * <pre>{@code
     * Movement m = booked.movements().get(0);   // Authenticate: REQUESTED -> AUTHENTICATED
     * }</pre>
     *
     * @param at    when the sandbox applied it (its clock)
     * @param event the event
     * @param from  the state before
     * @param to    the state after
     */
    public record Movement(Instant at, PaymentEvent event, PaymentState from, PaymentState to) {

        /**
         * Creates the movement.
         *
         * @param at    when it was applied
         * @param event the event
         * @param from  the state before
         * @param to    the state after
         */
        public Movement {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * Where a regKey stands. The sandbox expires keys only when asked (the merchant's
     * {@code preapprovedPay/{regKey}/expire} call, or {@link LinePaySandbox#expireRegKey}); LINE Pay
     * documents no lifetime.
     *
     * <pre>{@code
     * sandbox.expireRegKey(regKey);
     * sandbox.books().regKey(regKey).orElseThrow().state();   // EXPIRED
     * }</pre>
     */
    public enum RegKeyState {
        /** Usable: the check answers {@code 0000} and payments with it go through. */
        ACTIVE,
        /** Expired or discarded: every call with it answers {@code 1193}. */
        EXPIRED
    }

    /**
     * One regKey in the books.
     *
     * <pre>{@code
     * BookedRegKey key = sandbox.books().regKeys().get(0);
     * key.state();   // ACTIVE
     * }</pre>
     *
     * @param regKey    the key
     * @param channelId the channel it belongs to
     * @param issuedBy  the {@code PREAPPROVED} payment whose confirm issued it
     * @param issuedAt  when it was issued
     * @param state     where it stands
     */
    public record BookedRegKey(RegKey regKey, ChannelId channelId, TransactionId issuedBy, Instant issuedAt,
                               RegKeyState state) {

        /**
         * Creates the entry.
         *
         * @param regKey    the key
         * @param channelId the channel
         * @param issuedBy  the issuing payment
         * @param issuedAt  when it was issued
         * @param state     where it stands
         */
        public BookedRegKey {
            Objects.requireNonNull(regKey, "regKey");
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(issuedBy, "issuedBy");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * How many calls an endpoint received, and how many of them the sandbox processed: ran through
     * authentication and the operation, whatever the answer's code. The difference is the calls a
     * fault answered without processing ({@link FaultKind#HTTP_500_HTML}, {@link FaultKind#RETURN_CODE}).
     *
     * <pre>{@code
     * CallCount c = books.calls(SandboxEndpoint.REFUND);
     * c.received() - c.processed();   // answered by a fault alone
     * }</pre>
     *
     * @param received  calls routed to the endpoint
     * @param processed calls the sandbox processed
     */
    public record CallCount(long received, long processed) {

        /**
         * Creates the counts.
         *
         * @param received  calls routed to the endpoint
         * @param processed calls processed; at most {@code received}
         * @throws IllegalArgumentException if a count is negative or processed exceeds received
         */
        public CallCount {
            if (received < 0 || processed < 0 || processed > received) {
                throw new IllegalArgumentException("counts must satisfy 0 <= processed <= received, were "
                        + processed + " and " + received);
            }
        }
    }

    /**
     * One API call as the sandbox saw it.
     *
     * <pre>{@code
     * Call last = books.recentCalls().get(books.recentCalls().size() - 1);
     * last.fault();        // Optional[PROCESS_THEN_HANG]
     * last.processed();    // true: the operation took effect, though no answer was sent
     * }</pre>
     *
     * @param at         when the call arrived (the sandbox's clock)
     * @param endpoint   the endpoint it was routed to
     * @param version    the API version of its path
     * @param channelId  the channel it authenticated as; empty if authentication failed or never ran
     * @param fault      the fault that hit it, if any
     * @param processed  whether the sandbox processed it (see {@link CallCount})
     * @param returnCode the code the sandbox answered, or would have answered had a fault not broken
     *                   the answer; empty when nothing was decided (a fault that skipped processing
     *                   and sent no LINE Pay code)
     */
    public record Call(Instant at, SandboxEndpoint endpoint, ApiVersion version, Optional<ChannelId> channelId,
                       Optional<FaultKind> fault, boolean processed, Optional<ReturnCode> returnCode) {

        /**
         * Creates the record.
         *
         * @param at         when it arrived
         * @param endpoint   the endpoint
         * @param version    the API version
         * @param channelId  the authenticated channel
         * @param fault      the fault that hit it
         * @param processed  whether it was processed
         * @param returnCode the code decided
         */
        public Call {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(fault, "fault");
            Objects.requireNonNull(returnCode, "returnCode");
        }
    }
}
