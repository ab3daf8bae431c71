package dev.linepay4j.testkit.fake;

import static dev.linepay4j.testkit.fake.Fixtures.CONFIRM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.RefundRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One lock guards the books: concurrent calls behave as if made one after the other. */
class FakeLinePayConcurrencyTest {

    private final FakeLinePay fake = Fixtures.fake();
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void ofFiftyConcurrentConfirmsOneWinsAndTheOthersAre1172() throws Exception {
        TransactionId id = Fixtures.approved(fake, Fixtures.order());

        List<String> outcomes = all(50, () -> {
            try {
                fake.confirm(id, CONFIRM);
                return "0000";
            } catch (LinePayException e) {
                return ((LinePayError.ApiError) e.error()).returnCode().code();
            }
        });

        assertThat(outcomes).filteredOn("0000"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("1172"::equals).hasSize(49);
        assertThat(fake.calls(Endpoint.CONFIRM)).hasSize(50);
    }

    @Test
    void concurrentRefundsNeverExceedTheCapturedAmount() throws Exception {
        TransactionId id = Fixtures.captured(fake);

        List<String> outcomes = all(40, () -> {
            try {
                fake.refund(id, RefundRequest.partial(Amount.of(10), Currency.TWD));
                return "0000";
            } catch (LinePayException e) {
                return ((LinePayError.ApiError) e.error()).returnCode().code();
            }
        });

        assertThat(outcomes).filteredOn("0000"::equals).hasSize(30);
        assertThat(outcomes).filteredOn(c -> !c.equals("0000")).containsOnly("1165");
        assertThat(fake.payment(id).orElseThrow().refundableBalance()).isEqualTo(Amount.ZERO);
    }

    @Test
    void concurrentRequestsGetDistinctIds() throws Exception {
        Set<TransactionId> ids = ConcurrentHashMap.newKeySet();

        all(100, () -> ids.add(fake.request(Fixtures.order()).transactionId()));

        assertThat(ids).hasSize(100);
        assertThat(fake.payments()).hasSize(100);
    }

    private <T> List<T> all(int n, Callable<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(10, TimeUnit.SECONDS));
        }
        return results;
    }
}
