package dev.linepay4j.it.sandbox;

import static dev.linepay4j.it.sandbox.Shop.CONFIRM;
import static dev.linepay4j.it.sandbox.Shop.TOTAL;
import static dev.linepay4j.it.sandbox.Shop.TWD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.RawRequest;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.code.ReturnCodeCategory;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.RawResponse;
import dev.linepay4j.it.client.Clients;
import dev.linepay4j.testkit.sandbox.Fault;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxBooks;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal LINE Pay documents for the Online API, made by a running {@link LinePaySandbox} on each
 * transport and version, arrives as a {@link LinePayException} whose {@link LinePayException#error()} is an
 * {@link ApiError} with the code and its category, and changes nothing in the sandbox's books.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SandboxRefusalsIT {

    /** A transaction id the sandbox never issued (its ids start with today's date). */
    private static final TransactionId UNKNOWN = TransactionId.parse("1999010100000000001");

    private static LinePaySandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Shop.sandbox();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void noFaultLeft() {
        sandbox.clearFaults();
    }

    /** The call's {@link ApiError}, checked for code, category, endpoint and a message without the secret. */
    private static ApiError refused(Runnable call, ReturnCode code, ReturnCodeCategory category, Endpoint endpoint) {
        LinePayException e = catchThrowableOfType(LinePayException.class, call::run);
        assertThat(e).as("a LinePayException").isNotNull();
        assertThat(e.error()).isInstanceOf(ApiError.class);
        ApiError api = (ApiError) e.error();
        assertThat(api.returnCode()).isEqualTo(code);
        assertThat(api.category()).isEqualTo(category);
        assertThat(api.endpoint()).isEqualTo(endpoint);
        assertThat(api.mayHaveBeenProcessed()).isFalse();
        assertThat(e.getMessage()).contains(code.code()).doesNotContain(Clients.SECRET);
        return api;
    }

    private static long confirms(TransactionId id) {
        return sandbox.books().payment(id).orElseThrow().count(PaymentEvent.Confirm.class);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void confirmBeforeApprovalIs1169(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            TransactionId id = linePay.request(Shop.order(Shop.orderId("early"))).transactionId();

            ApiError api = refused(() -> linePay.confirm(id, CONFIRM), ReturnCode.NOT_AUTHENTICATED_YET,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.CONFIRM);
            assertThat(api.call().transactionId()).contains(id);
            assertThat(sandbox.books().payment(id).orElseThrow().payment().state()).isEqualTo(PaymentState.REQUESTED);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void confirmWithAnotherAmountIs1153AndTheRightAmountStillWorks(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            TransactionId id = Shop.approved(linePay, sandbox, Shop.order(Shop.orderId("amount")));

            refused(() -> linePay.confirm(id, ConfirmRequest.of(Amount.of(299), TWD)), ReturnCode.AMOUNT_MISMATCH,
                    ReturnCodeCategory.INVALID_REQUEST, Endpoint.CONFIRM);
            assertThat(confirms(id)).isZero();
            assertThat(linePay.confirm(id, CONFIRM).transactionId()).isEqualTo(id);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void aSecondConfirmAndARepeatedOrderIdAre1172(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            PaymentRequest order = Shop.order(Shop.orderId("twice"));
            TransactionId id = Shop.confirmed(linePay, sandbox, order).transactionId();

            refused(() -> linePay.confirm(id, CONFIRM), ReturnCode.ORDER_ID_EXISTS, ReturnCodeCategory.STATE_CONFLICT,
                    Endpoint.CONFIRM);
            assertThat(confirms(id)).isEqualTo(1);

            ApiError again = refused(() -> linePay.request(order), ReturnCode.ORDER_ID_EXISTS,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.REQUEST);
            assertThat(again.call().orderId()).contains(order.orderId());
            assertThat(sandbox.books().paymentsByOrderId(order.orderId().value())).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void aRefundAboveWhatRemainsIs1164(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            TransactionId id = Shop.confirmed(linePay, sandbox, Shop.order(Shop.orderId("over"))).transactionId();

            refused(() -> linePay.refund(id, RefundRequest.partial(Amount.of(301), TWD)), ReturnCode.EXCEEDS_REFUNDABLE,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.REFUND);
            linePay.refund(id, RefundRequest.partial(Amount.of(100), TWD));
            refused(() -> linePay.refund(id, RefundRequest.partial(Amount.of(201), TWD)), ReturnCode.EXCEEDS_REFUNDABLE,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.REFUND);
            assertThat(sandbox.books().payment(id).orElseThrow().payment().refunds()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void aRefundAfterTheFullRefundIs1165(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            TransactionId id = Shop.confirmed(linePay, sandbox, Shop.order(Shop.orderId("refunded"))).transactionId();
            linePay.refund(id, RefundRequest.full());

            refused(() -> linePay.refund(id, RefundRequest.full()), ReturnCode.ALREADY_REFUNDED,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.REFUND);
            refused(() -> linePay.refund(id, RefundRequest.partial(Amount.of(1), TWD)), ReturnCode.ALREADY_REFUNDED,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.REFUND);
            assertThat(sandbox.books().payment(id).orElseThrow().payment().state()).isEqualTo(PaymentState.REFUNDED);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void anUnknownTransactionIs1150(String transport, ApiVersion v) throws Exception {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            assertThat(sandbox.books().payment(UNKNOWN)).isEmpty();

            refused(() -> linePay.confirm(UNKNOWN, CONFIRM), ReturnCode.NO_TRANSACTION, ReturnCodeCategory.STATE_CONFLICT,
                    Endpoint.CONFIRM);
            refused(() -> linePay.refund(UNKNOWN, RefundRequest.full()), ReturnCode.NO_TRANSACTION,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.REFUND);
            refused(() -> linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(UNKNOWN)), ReturnCode.NO_TRANSACTION,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.PAYMENT_DETAILS);
            refused(() -> linePay.checkRequestStatus(UNKNOWN), ReturnCode.NO_TRANSACTION,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.CHECK_REQUEST_STATUS);
            // A payment requested but not confirmed has no details yet, as LINE Pay answers.
            TransactionId requested = linePay.request(Shop.order(Shop.orderId("unconfirmed"))).transactionId();
            refused(() -> linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(requested)),
                    ReturnCode.NO_TRANSACTION, ReturnCodeCategory.STATE_CONFLICT, Endpoint.PAYMENT_DETAILS);

            // The async form completes with the same exception, unwrapped by get()'s ExecutionException only.
            ExecutionException async = catchThrowableOfType(ExecutionException.class,
                    () -> linePay.confirmAsync(UNKNOWN, CONFIRM).get(10, TimeUnit.SECONDS));
            assertThat(((LinePayException) async.getCause()).error())
                    .isInstanceOfSatisfying(ApiError.class, a -> assertThat(a.returnCode()).isEqualTo(ReturnCode.NO_TRANSACTION));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void anUnknownRegKeyIs1190(String transport, ApiVersion v) {
        RegKey unknown = RegKey.of("RKNOSUCHKEY0001");
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            refused(() -> linePay.payPreapproved(unknown, monthly(Shop.orderId("nokey"))), ReturnCode.REG_KEY_NOT_FOUND,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.PAY_PREAPPROVED);
            refused(() -> linePay.expireRegKey(unknown), ReturnCode.REG_KEY_NOT_FOUND, ReturnCodeCategory.STATE_CONFLICT,
                    Endpoint.EXPIRE_REG_KEY);
            // On the check, the same code is the key's status, not an error.
            assertThat(linePay.checkRegKey(unknown)).isEqualTo(RegKeyStatus.NOT_FOUND);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void anExpiredRegKeyIs1193(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            RegKey key = Shop.confirmed(linePay, sandbox, Shop.order(Shop.orderId("sub"), true, PayType.PREAPPROVED))
                    .regKey().orElseThrow();
            sandbox.expireRegKey(key);   // LINE Pay discards it

            String orderId = Shop.orderId("expired-key");
            refused(() -> linePay.payPreapproved(key, monthly(orderId)), ReturnCode.REG_KEY_EXPIRED,
                    ReturnCodeCategory.STATE_CONFLICT, Endpoint.PAY_PREAPPROVED);
            refused(() -> linePay.expireRegKey(key), ReturnCode.REG_KEY_EXPIRED, ReturnCodeCategory.STATE_CONFLICT,
                    Endpoint.EXPIRE_REG_KEY);
            assertThat(linePay.checkRegKey(key)).isEqualTo(RegKeyStatus.EXPIRED);
            assertThat(sandbox.books().paymentsByOrderId(orderId)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void moreThanAHundredIdsAreRefusedBeforeSendingAndBy1177OnTheWire(String transport, ApiVersion v) {
        List<TransactionId> ids = LongStream.rangeClosed(1, 101).mapToObj(i -> TransactionId.of(1999010100000000000L + i))
                .toList();
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            SandboxBooks before = sandbox.books();

            // The query itself refuses a 101st id, so the typed call cannot even be made: nothing is sent.
            ValidationException local = catchThrowableOfType(ValidationException.class,
                    () -> new PaymentDetailsQuery(ids, List.of()));
            assertThat(local).hasMessageContaining("101 ids").hasMessageContaining("1177");
            assertThat(sandbox.books().calls(SandboxEndpoint.DETAILS)).isEqualTo(before.calls(SandboxEndpoint.DETAILS));

            // Sent anyway through a raw call, LINE Pay's own answer is 1177, returned as the raw envelope.
            RawRequest.Builder raw = RawRequest.get(v.pathPrefix() + "/payments");
            ids.forEach(id -> raw.query("transactionId", id.toString()));
            RawResponse answer = linePay.raw(raw.build());
            assertThat(answer.returnCode()).isEqualTo(ReturnCode.TOO_MANY_TRANSACTIONS);
            assertThat(answer.returnCode().category()).isEqualTo(ReturnCodeCategory.INVALID_REQUEST);
            assertThat(sandbox.books().calls(SandboxEndpoint.DETAILS).received())
                    .isEqualTo(before.calls(SandboxEndpoint.DETAILS).received() + 1);

            // And a typed call answered 1177 reports it as the typed error (the code injected: see the method's name).
            sandbox.inject(Fault.returnCode(SandboxEndpoint.DETAILS, ReturnCode.TOO_MANY_TRANSACTIONS));
            refused(() -> linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(ids.get(0))),
                    ReturnCode.TOO_MANY_TRANSACTIONS, ReturnCodeCategory.INVALID_REQUEST, Endpoint.PAYMENT_DETAILS);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void aBadBodyIs2101(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            TransactionId id = Shop.approved(linePay, sandbox, Shop.order(Shop.orderId("badbody")));

            // The typed API cannot write these bodies; a raw call can, and LINE Pay's answer comes back as is.
            RawResponse amountAsText = linePay.raw(RawRequest.post(v.pathPrefix() + "/payments/" + id + "/confirm")
                    .body(JsonObject.builder().put("amount", "300").put("currency", "TWD").build()).build());
            assertThat(amountAsText.returnCode()).isEqualTo(ReturnCode.PARAMETER_ERROR);
            assertThat(amountAsText.returnCode().category()).isEqualTo(ReturnCodeCategory.INVALID_REQUEST);
            RawResponse noPackages = linePay.raw(RawRequest.post(v.pathPrefix() + "/payments/request")
                    .body(JsonObject.builder().put("amount", 300).put("currency", "TWD").put("orderId", Shop.orderId("x"))
                            .build()).build());
            assertThat(noPackages.returnCode()).isEqualTo(ReturnCode.PARAMETER_ERROR);
            assertThat(confirms(id)).isZero();

            // A typed call answered 2101 reports it as the typed error (the code injected: nothing else reaches it).
            sandbox.inject(Fault.returnCode(SandboxEndpoint.CONFIRM, ReturnCode.PARAMETER_ERROR));
            refused(() -> linePay.confirm(id, CONFIRM), ReturnCode.PARAMETER_ERROR, ReturnCodeCategory.INVALID_REQUEST,
                    Endpoint.CONFIRM);
            assertThat(linePay.confirm(id, CONFIRM).transactionId()).isEqualTo(id);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void anUnknownChannelIs1104(String transport, ApiVersion v) {
        try (LinePay stranger = Shop.builder(sandbox, transport, v).channelId("9876543210").build()) {
            refused(() -> stranger.request(Shop.order(Shop.orderId("stranger"))), ReturnCode.MERCHANT_NOT_FOUND,
                    ReturnCodeCategory.MERCHANT_CONFIGURATION, Endpoint.REQUEST);
            refused(() -> stranger.checkRequestStatus(UNKNOWN), ReturnCode.MERCHANT_NOT_FOUND,
                    ReturnCodeCategory.MERCHANT_CONFIGURATION, Endpoint.CHECK_REQUEST_STATUS);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void aWrongSecretIs1106(String transport, ApiVersion v) {
        String orderId = Shop.orderId("forged");
        String wrong = "0000000000000000000000000000beef";
        List<LinePayError> errors = new ArrayList<>();
        try (LinePay forger = Shop.builder(sandbox, transport, v).channelSecret(wrong).build()) {
            errors.add(refused(() -> forger.request(Shop.order(orderId)), ReturnCode.INVALID_HEADERS,
                    ReturnCodeCategory.INVALID_REQUEST, Endpoint.REQUEST));
            errors.add(refused(() -> forger.paymentDetails(PaymentDetailsQuery.ofOrderIds(OrderId.of(orderId))),
                    ReturnCode.INVALID_HEADERS, ReturnCodeCategory.INVALID_REQUEST, Endpoint.PAYMENT_DETAILS));
        }
        assertThat(errors).allSatisfy(e -> assertThat(e.describe()).doesNotContain(wrong));
        assertThat(sandbox.books().paymentsByOrderId(orderId)).isEmpty();
    }

    private static PreapprovedPaymentRequest monthly(String orderId) {
        return PreapprovedPaymentRequest.builder().productName("Monthly plan").amount(TOTAL).currency(TWD)
                .orderId(orderId).build();
    }
}
