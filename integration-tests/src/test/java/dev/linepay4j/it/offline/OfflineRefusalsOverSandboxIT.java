package dev.linepay4j.it.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.code.ReturnCodeCategory;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each generation's wrong credentials, refused by the sandbox with LINE Pay's codes over each transport:
 * a wrong secret is {@code 1106} (v2.x: the secret header does not match; v4: the HMAC does not), an
 * unknown channel {@code 1104}; and a used My Code {@code 1133}, a reused order id {@code 1172}.
 */
class OfflineRefusalsOverSandboxIT {

    private static LinePaySandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = LinePaySandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static ApiError refusal(Runnable call) {
        LinePayException e = catchThrowableOfType(call::run, LinePayException.class);
        assertThat(e).as("the call was refused").isNotNull();
        assertThat(e.error()).isInstanceOf(ApiError.class);
        return (ApiError) e.error();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.offline.OfflineClients#transportsAndGenerations")
    void aWrongSecretIs1106AndAnUnknownChannel1104(String transport, ApiVersion version) {
        Environment env = Environment.custom(sandbox.baseUri());
        String wrongSecret = "c0ffee5ecre7c0ffee5ecre7c0ffee51";
        try (LinePay wrong = OfflineClients.builder(transport, version, env, LinePaySandbox.DEFAULT_CHANNEL_ID,
                wrongSecret).build();
             LinePay unknown = OfflineClients.builder(transport, version, env, "9999999999",
                     LinePaySandbox.DEFAULT_CHANNEL_SECRET).build()) {
            OrderId order = OrderId.of(OfflineClients.orderId("creds"));

            ApiError badSecret = refusal(() -> wrong.offline().pay(OfflineClients.payment(order.value(),
                    sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true)));
            ApiError badSecretRead = refusal(() -> wrong.offline().checkPaymentStatus(order));
            ApiError noChannel = refusal(() -> unknown.offline().paymentDetails(order));

            assertThat(badSecret.returnCode().code()).isEqualTo("1106");
            assertThat(badSecretRead.returnCode().code()).isEqualTo("1106");
            assertThat(noChannel.returnCode().code()).isEqualTo("1104");
            assertThat(noChannel.category()).isEqualTo(ReturnCodeCategory.MERCHANT_CONFIGURATION);
            assertThat(badSecret.describe()).doesNotContain(wrongSecret).doesNotContain(LinePaySandbox.DEFAULT_CHANNEL_SECRET);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.offline.OfflineClients#transportsAndGenerations")
    void aUsedKeyIs1133AndAReusedOrderId1172(String transport, ApiVersion version) {
        try (LinePay linePay = OfflineClients.builder(transport, version, sandbox).build()) {
            OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);
            String order = OfflineClients.orderId("once");
            linePay.offline().pay(OfflineClients.payment(order, key, 100, true));

            ApiError usedKey = refusal(() -> linePay.offline().pay(OfflineClients.payment(
                    OfflineClients.orderId("again"), key, 100, true)));
            ApiError usedOrder = refusal(() -> linePay.offline().pay(OfflineClients.payment(order,
                    sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true)));

            assertThat(usedKey.returnCode().code()).isEqualTo("1133");
            assertThat(usedKey.describe()).doesNotContain(key.value());
            assertThat(usedOrder.returnCode().code()).isEqualTo("1172");
        }
    }
}
