package dev.linepay4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.Endpoint;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.TransactionId;
import org.junit.jupiter.api.Test;

class OnlinePathsTest {

    private static final TransactionId ID = TransactionId.parse("2026112204412563051");

    @Test
    void theDocumentedPathsOfAConfirmAndARefund() {
        assertThat(new OnlinePaths(ApiVersion.ONLINE_V3).withTransactionId(Endpoint.CONFIRM, ID))
                .isEqualTo("/v3/payments/2026112204412563051/confirm");
        assertThat(new OnlinePaths(ApiVersion.ONLINE_V4).withTransactionId(Endpoint.REFUND, ID))
                .isEqualTo("/v4/payments/2026112204412563051/refund");
        assertThat(new OnlinePaths(ApiVersion.ONLINE_V3).of(Endpoint.REQUEST)).isEqualTo("/v3/payments/request");
    }

    @Test
    void everyOnlineEndpointWithAnIdGetsItsTemplateWithTheIdsDigitsInPlace() {
        TransactionId[] ids = {TransactionId.of(1), ID, TransactionId.of(Long.MAX_VALUE)};
        for (ApiVersion version : new ApiVersion[] {ApiVersion.ONLINE_V3, ApiVersion.ONLINE_V4}) {
            OnlinePaths paths = new OnlinePaths(version);
            for (Endpoint e : Endpoint.values()) {
                if (e.isOffline() || e == Endpoint.RAW) {
                    continue;
                }
                String template = e.path(version);
                assertThat(paths.of(e)).isEqualTo(template);
                if (template.contains("{transactionId}")) {
                    for (TransactionId id : ids) {
                        assertThat(paths.withTransactionId(e, id)).as(e + " " + version)
                                .isEqualTo(template.replace("{transactionId}", Long.toString(id.value())));
                    }
                }
            }
        }
    }

    @Test
    void anEndpointWithoutAnIdOrNotInTheVersionIsRefused() {
        OnlinePaths paths = new OnlinePaths(ApiVersion.ONLINE_V3);

        assertThatThrownBy(() -> paths.withTransactionId(Endpoint.REQUEST, ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no transaction id");
        assertThatThrownBy(() -> paths.of(Endpoint.OFFLINE_PAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
