package dev.linepay4j.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.LinePay;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One client shared by 200 async calls in flight at once: every answer reaches its own caller. */
class ConcurrencyIT {

    private static final int CALLS = 200;
    private static final long FIRST = 2023042201206549000L;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void twoHundredConcurrentAsyncCallsEachGetTheirOwnAnswer(String transport) throws Exception {
        try (ScriptedLinePay server = ScriptedLinePay.start();
             LinePay linePay = Clients.client(transport, ApiVersion.ONLINE_V3, server.environment())) {
            // The answer echoes the id of the path, so a mixed-up answer shows as a wrong id.
            server.answer(r -> {
                String[] parts = r.path().split("/");
                String id = r.path().endsWith("/confirm") ? parts[3]
                        : r.query().orElseThrow().substring("transactionId=".length());
                return r.path().endsWith("/confirm")
                        ? Reply.ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + id + ",\"orderId\":\"o-" + id + "\"}}")
                        : Reply.ok("{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":" + id
                                + ",\"transactionDate\":\"2023-04-22T07:08:51Z\"}]}");
            });
            List<CompletableFuture<TransactionId>> calls = new ArrayList<>(CALLS);
            for (int i = 0; i < CALLS; i++) {
                TransactionId id = TransactionId.of(FIRST + i);
                if (i % 2 == 0) {
                    calls.add(linePay.confirmAsync(id, ConfirmRequest.of(Amount.of(100), Currency.TWD))
                            .thenApply(ConfirmResponse::transactionId));
                } else {
                    calls.add(linePay.paymentDetailsAsync(PaymentDetailsQuery.ofTransactionIds(id))
                            .thenApply(list -> list.get(0).transactionId()));
                }
            }
            CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);

            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < CALLS; i++) {
                assertThat(calls.get(i).get().value()).isEqualTo(FIRST + i);
                seen.add(calls.get(i).get().value());
            }
            assertThat(seen).hasSize(CALLS);
            assertThat(server.received()).hasSize(CALLS);
            assertThat(server.received().stream().map(r -> r.header("X-LINE-Authorization-Nonce").orElseThrow()).distinct())
                    .as("every call has its own nonce").hasSize(CALLS);
            server.received().forEach(r -> assertThat(r.header("X-LINE-Authorization"))
                    .contains(ScriptedLinePay.expectedSignature(Clients.SECRET, r)));
        }
    }
}
