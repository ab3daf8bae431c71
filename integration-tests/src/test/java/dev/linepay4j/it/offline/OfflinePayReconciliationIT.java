package dev.linepay4j.it.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.testkit.sandbox.Fault;
import dev.linepay4j.testkit.sandbox.FaultKind;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pay whose answer never comes (the sandbox processes it and holds the connection; the client's read
 * timeout runs out) is settled as LINE Pay prescribes: the client asks the status check by order id and
 * returns the payment, which was made exactly once. Each generation over each transport, sync and async.
 */
class OfflinePayReconciliationIT {

    /** Short, as the test is about the timeout; the status check keeps its generous default. */
    private static final Duration PAY_TIMEOUT = Duration.ofMillis(700);

    private static LinePaySandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = LinePaySandbox.start(SandboxOptions.builder().hangLimit(Duration.ofSeconds(10)).build());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.offline.OfflineClients#transportsAndGenerations")
    void aPayThatTimedOutAfterProcessingIsFoundByItsOrderId(String transport, ApiVersion version) throws Exception {
        List<String> finished = new CopyOnWriteArrayList<>();
        LinePayListener listener = new LinePayListener() {
            @Override
            public void attemptFinished(AttemptFinished event) {
                finished.add(event.call().endpoint() + " " + event.outcome());
            }
        };
        try (LinePay linePay = OfflineClients.builder(transport, version, sandbox)
                .readTimeout(Endpoint.OFFLINE_PAY, PAY_TIMEOUT).listener(listener).build()) {
            for (boolean async : new boolean[] {false, true}) {
                finished.clear();
                sandbox.inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.OFFLINE_PAY)
                        .onVersion(version).holdFor(Duration.ofSeconds(3)));
                String order = OfflineClients.orderId("lost-" + async);
                var request = OfflineClients.payment(order, sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true);

                OfflinePaymentResponse paid = async ? linePay.offline().payAsync(request).get(60, TimeUnit.SECONDS)
                        : linePay.offline().pay(request);

                assertThat(paid.orderId().value()).isEqualTo(order);
                assertThat(finished).containsExactly("OFFLINE_PAY OUTCOME_UNKNOWN", "OFFLINE_CHECK_PAYMENT_STATUS SUCCESS");
                var booked = sandbox.books().payment(paid.transactionId()).orElseThrow();
                assertThat(booked.count(PaymentEvent.Confirm.class)).isEqualTo(1);
                assertThat(sandbox.books().paymentsByOrderId(order)).hasSize(1);
            }
        }
    }
}
