package dev.linepay4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.CallInfo;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.ProtocolError;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayListener.RetryReason;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.internal.RetryRules.Action;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.TransportException.Kind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The decision table of RetryRules, endpoint by endpoint and failure by failure. */
class RetryRulesTest {

    static final Set<Endpoint> READS = EnumSet.of(Endpoint.PAYMENT_DETAILS, Endpoint.CHECK_REQUEST_STATUS,
            Endpoint.CHECK_REG_KEY);
    static final Set<Endpoint> RECONCILED = EnumSet.of(Endpoint.CONFIRM, Endpoint.CAPTURE, Endpoint.VOID,
            Endpoint.REFUND, Endpoint.PAY_PREAPPROVED, Endpoint.EXPIRE_REG_KEY);

    static Operation<Object> op(Endpoint e) {
        return op(e, e.method().orElse(HttpMethod.POST));
    }

    static Operation<Object> op(Endpoint e, HttpMethod method) {
        CallInfo call = new CallInfo(e, method, "/v3/x", Optional.empty(), Optional.empty());
        boolean changes = e == Endpoint.RAW ? method == HttpMethod.POST : e.changesState();
        return new Operation<>(call, "/v3/x", "", new byte[0], changes, Duration.ofSeconds(1), Duration.ofSeconds(1),
                ReturnCode::isSuccess, (envelope, body) -> body, List.of(), 1);
    }

    static RetryRules.Decision decide(Endpoint e, LinePayError error) {
        return RetryRules.decide(op(e), error);
    }

    static CallInfo call(Endpoint e) {
        return op(e).call();
    }

    static ApiError code(Endpoint e, String code) {
        return new ApiError(call(e), ReturnCode.of(code), "");
    }

    static ProtocolError html(Endpoint e) {
        return new ProtocolError(call(e), ProtocolError.Problem.HTTP_STATUS, 502, "HTTP 502", "<html>");
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = "OFFLINE_.*", mode = EnumSource.Mode.MATCH_NONE)
    void whatWasNotSentIsSentAgainEverywhereButOnAClosedClient(Endpoint e) {
        for (Kind k : List.of(Kind.CONNECT_FAILED, Kind.UNKNOWN_HOST, Kind.TLS_HANDSHAKE, Kind.CONNECT_TIMEOUT)) {
            assertThat(decide(e, new TransportFailure(call(e), k)))
                    .isEqualTo(new RetryRules.Decision(Action.RETRY, RetryReason.NOT_SENT));
        }
        assertThat(decide(e, new TransportFailure(call(e), Kind.TRANSPORT_CLOSED)).action()).isEqualTo(Action.FAIL);
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = "OFFLINE_.*", mode = EnumSource.Mode.MATCH_NONE)
    void readsAreReadAgainAfterALostOrUnreadableAnswerAndWritesAreReadBack(Endpoint e) {
        RetryRules.Decision lost = decide(e, OutcomeUnknown.afterTransportFailure(call(e), Kind.READ_TIMEOUT));
        RetryRules.Decision reset = decide(e, OutcomeUnknown.afterTransportFailure(call(e), Kind.CONNECTION_RESET));
        RetryRules.Decision unreadable = decide(e, OutcomeUnknown.afterUnreadableAnswer(html(e)));
        if (READS.contains(e)) {
            assertThat(List.of(lost, reset, unreadable))
                    .containsOnly(new RetryRules.Decision(Action.RETRY, RetryReason.READ_FAILED));
            assertThat(decide(e, html(e))).isEqualTo(new RetryRules.Decision(Action.RETRY, RetryReason.READ_FAILED));
        } else {
            // RECONCILE; the executor gives up when the operation has no plan (request, raw POST).
            assertThat(List.of(lost, reset, unreadable)).extracting(RetryRules.Decision::action)
                    .containsOnly(Action.RECONCILE);
        }
    }

    @Test
    void aRawGetIsAReadAndARawPostIsNot() {
        OutcomeUnknown lost = OutcomeUnknown.afterTransportFailure(call(Endpoint.RAW), Kind.READ_TIMEOUT);
        assertThat(RetryRules.decide(op(Endpoint.RAW, HttpMethod.GET), lost).action()).isEqualTo(Action.RETRY);
        assertThat(RetryRules.decide(op(Endpoint.RAW, HttpMethod.POST), lost).action()).isEqualTo(Action.RECONCILE);
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = "OFFLINE_.*", mode = EnumSource.Mode.MATCH_NONE)
    void anInterruptedThreadIsNeverRepeatedNorReadBack(Endpoint e) {
        assertThat(decide(e, OutcomeUnknown.afterTransportFailure(call(e), Kind.INTERRUPTED)).action())
                .isEqualTo(Action.FAIL);
    }

    @Test
    void aReadTooLargeIsNotReadAgainButAWriteWithATooLargeAnswerIsReadBack() {
        Endpoint d = Endpoint.PAYMENT_DETAILS;
        assertThat(decide(d, OutcomeUnknown.afterTransportFailure(call(d), Kind.RESPONSE_TOO_LARGE)).action())
                .isEqualTo(Action.FAIL);
        assertThat(decide(d, new ProtocolError(call(d), ProtocolError.Problem.JSON_LIMIT, 200, "deep", "")).action())
                .isEqualTo(Action.FAIL);
        Endpoint c = Endpoint.CONFIRM;
        assertThat(decide(c, OutcomeUnknown.afterTransportFailure(call(c), Kind.RESPONSE_TOO_LARGE)).action())
                .isEqualTo(Action.RECONCILE);
    }

    @Test
    void codesOnReads() {
        for (Endpoint e : READS) {
            for (String retried : List.of("1900", "1905", "1999", "1198", "1145", "9000", "1199", "1106")) {
                assertThat(decide(e, code(e, retried))).as(e + " " + retried)
                        .isEqualTo(new RetryRules.Decision(Action.RETRY, RetryReason.RETRYABLE_CODE));
            }
            for (String not : List.of("1104", "1150", "1177", "2101", "0199")) {
                assertThat(decide(e, code(e, not)).action()).as(e + " " + not).isEqualTo(Action.FAIL);
            }
        }
    }

    @Test
    void onlyVoidAndRefundRepeatTheTemporaryCodes() {
        for (Endpoint e : Endpoint.values()) {
            // The Offline API settles a lost pay by its own rule; these rules are the Online API's.
            if (READS.contains(e) || e.isOffline()) {
                continue;
            }
            boolean safe = e == Endpoint.VOID || e == Endpoint.REFUND;
            for (String transient_ : List.of("1900", "1902", "1907", "1999")) {
                assertThat(decide(e, code(e, transient_)).action()).as(e + " " + transient_)
                        .isEqualTo(safe ? Action.RETRY : Action.FAIL);
            }
            // Retryable in the catalogue, but not a temporary failure of LINE Pay: never blindly repeated.
            assertThat(decide(e, code(e, "1179")).action()).as(e + " 1179").isEqualTo(Action.FAIL);
            assertThat(decide(e, code(e, "1280")).action()).as(e + " 1280").isEqualTo(Action.FAIL);
            assertThat(decide(e, code(e, "9000")).action()).as(e + " 9000").isEqualTo(Action.FAIL);
            assertThat(decide(e, code(e, "1106")).action()).as(e + " 1106").isEqualTo(Action.FAIL);
        }
    }

    @Test
    void codesThatMayMeanAlreadyDoneAreReadBack() {
        assertThat(RetryRules.ambiguousCodes(Endpoint.CONFIRM)).extracting(ReturnCode::code)
                .containsExactlyInAnyOrder("1172", "1198", "1145");
        assertThat(RetryRules.ambiguousCodes(Endpoint.CAPTURE)).extracting(ReturnCode::code)
                .containsExactlyInAnyOrder("1172", "1198", "1145");
        assertThat(RetryRules.ambiguousCodes(Endpoint.VOID)).extracting(ReturnCode::code)
                .containsExactlyInAnyOrder("1165", "1198", "1145");
        assertThat(RetryRules.ambiguousCodes(Endpoint.REFUND)).extracting(ReturnCode::code)
                .containsExactlyInAnyOrder("1198", "1145");
        assertThat(RetryRules.ambiguousCodes(Endpoint.PAY_PREAPPROVED)).extracting(ReturnCode::code)
                .containsExactlyInAnyOrder("1172", "1197", "1198", "1145");
        for (Endpoint e : List.of(Endpoint.REQUEST, Endpoint.EXPIRE_REG_KEY, Endpoint.RAW, Endpoint.PAYMENT_DETAILS)) {
            assertThat(RetryRules.ambiguousCodes(e)).as(e.name()).isEmpty();
        }
        for (Endpoint e : RECONCILED) {
            for (ReturnCode c : RetryRules.ambiguousCodes(e)) {
                assertThat(decide(e, code(e, c.code())).action()).as(e + " " + c).isEqualTo(Action.RECONCILE);
            }
            assertThat(decide(e, code(e, "1169")).action()).isEqualTo(Action.FAIL);
        }
        assertThat(decide(Endpoint.REQUEST, code(Endpoint.REQUEST, "1172")).action()).isEqualTo(Action.FAIL);
    }

    @Test
    void inProgressIs1198And1145Only() {
        assertThat(RetryRules.inProgress(code(Endpoint.CONFIRM, "1198"))).isTrue();
        assertThat(RetryRules.inProgress(code(Endpoint.CONFIRM, "1145"))).isTrue();
        assertThat(RetryRules.inProgress(code(Endpoint.CONFIRM, "1172"))).isFalse();
        assertThat(RetryRules.inProgress(OutcomeUnknown.afterTransportFailure(call(Endpoint.CONFIRM), Kind.READ_TIMEOUT)))
                .isFalse();
    }
}
