package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many clients at once: every answer right, and the books never hold a double confirm or refund. */
@ExtendWith(LinePaySandboxExtension.class)
class ConcurrencyTest {

    private static final int CLIENTS = 50;

    private final LinePaySandbox sandbox;

    ConcurrencyTest(LinePaySandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void fiftyParallelRequestsGetFiftyDistinctTransactionIds() throws Exception {
        Shop shop = new Shop(sandbox, "v4");

        List<Wire.Response> answers = all(i -> shop.request(Shop.body(Shop.orderId(), null)));

        Set<String> ids = new HashSet<>();
        for (Wire.Response r : answers) {
            assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
            ids.add(r.raw("transactionId"));
        }
        assertThat(ids).hasSize(CLIENTS);
    }

    @Test
    void ofFiftyParallelConfirmsOfOnePaymentExactlyOneSucceeds() throws Exception {
        Shop shop = new Shop(sandbox, "v3");
        long id = shop.approved(Shop.orderId(), null);

        List<Wire.Response> answers = all(i -> shop.confirm(id, 100, "TWD"));

        assertThat(answers).filteredOn(r -> r.returnCode().equals("0000")).hasSize(1);
        assertThat(answers).filteredOn(r -> r.returnCode().equals("1172")).hasSize(CLIENTS - 1);
        SandboxBooks.BookedPayment booked = sandbox.books().payment(TransactionId.of(id)).orElseThrow();
        assertThat(booked.count(PaymentEvent.Confirm.class)).isEqualTo(1);
        assertThat(booked.payment().state()).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void parallelRefundsNeverRefundMoreThanWasCaptured() throws Exception {
        Shop shop = new Shop(sandbox, "v4");
        long id = shop.captured();

        List<Wire.Response> answers = all(i -> shop.refund(id, "{\"refundAmount\":7}"));

        long accepted = answers.stream().filter(r -> r.returnCode().equals("0000")).count();
        assertThat(accepted).isEqualTo(100 / 7);
        assertThat(answers).allSatisfy(r -> assertThat(r.returnCode()).isIn("0000", "1164"));
        SandboxBooks.BookedPayment booked = sandbox.books().payment(TransactionId.of(id)).orElseThrow();
        assertThat(booked.payment().refundedTotal().value().intValueExact()).isEqualTo(7 * (100 / 7));
        assertThat(booked.payment().refunds()).extracting(t -> t.id()).doesNotHaveDuplicates();
    }

    @Test
    void theCallCountsAddUpUnderLoad() throws Exception {
        Shop shop = new Shop(sandbox, "v3");
        long id = shop.requested();
        SandboxBooks.CallCount before = sandbox.books().calls(SandboxEndpoint.CHECK);

        all(i -> shop.check(id));

        SandboxBooks.CallCount after = sandbox.books().calls(SandboxEndpoint.CHECK);
        assertThat(after.received() - before.received()).isEqualTo(CLIENTS);
        assertThat(after.processed() - before.processed()).isEqualTo(CLIENTS);
    }

    interface Call {
        Wire.Response make(int i) throws Exception;
    }

    /** Runs the call from {@value #CLIENTS} threads released at once; bounded wait. */
    private static List<Wire.Response> all(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Wire.Response>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int n = i;
                Callable<Wire.Response> task = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call.make(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Wire.Response> answers = new ArrayList<>();
            for (Future<Wire.Response> f : futures) {
                answers.add(f.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
