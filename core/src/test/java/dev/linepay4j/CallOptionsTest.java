package dev.linepay4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Per-call options: the new settings, and merging a view's options over the client's. */
class CallOptionsTest {

    @Test
    void theTwoPartConstructorLeavesRetriesAndReconciliationToTheClient() {
        CallOptions o = new CallOptions(Optional.of(Duration.ofSeconds(1)), Optional.empty());

        assertThat(o.retryPolicy()).isEmpty();
        assertThat(o.reconciliation()).isEmpty();
    }

    @Test
    void eachSettingOfTheUpperOptionsWinsWhereItIsSet() {
        CallOptions client = CallOptions.none().withReadTimeout(Duration.ofSeconds(40))
                .withRetryPolicy(RetryPolicy.defaults()).withReconciliation(true);
        CallOptions call = CallOptions.none().withRetryPolicy(RetryPolicy.none()).withConnectTimeout(Duration.ofSeconds(1));

        CallOptions merged = call.over(client);

        assertThat(merged.readTimeout()).contains(Duration.ofSeconds(40));
        assertThat(merged.connectTimeout()).contains(Duration.ofSeconds(1));
        assertThat(merged.retryPolicy()).contains(RetryPolicy.none());
        assertThat(merged.reconciliation()).contains(true);
        assertThat(CallOptions.none().withReconciliation(false).over(client).reconciliation()).contains(false);
    }
}
