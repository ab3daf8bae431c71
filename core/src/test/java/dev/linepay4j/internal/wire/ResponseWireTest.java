package dev.linepay4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ResultEnvelope;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.TransactionType;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.support.MiniJsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers' JSON trees, as LINE Pay documents and sends them, to typed results. */
class ResponseWireTest {

    private static final String BIG = "2023042201206549310";

    private static JsonObject json(String text) {
        return (JsonObject) new MiniJsonCodec().read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ResultEnvelope envelope(String text) {
        return ResultEnvelope.read(json(text));
    }

    @Nested
    class Request {

        @Test
        void theDocumentedAnswerIsReadWithItsNineteenDigitIdExact() {
            PaymentRequestResponse r = ResponseWire.paymentRequest(json("{\"transactionId\":" + BIG + ","
                    + "\"paymentAccessToken\":\"056579816895\",\"paymentUrl\":{\"web\":\"https://sandbox-web-pay.line.me/web/payment/wait?transactionReserveId=abc\","
                    + "\"app\":\"line://pay/payment/abc\"}}"));

            assertThat(r.transactionId().value()).isEqualTo(2023042201206549310L);
            assertThat(r.paymentAccessToken()).contains("056579816895");
            assertThat(r.paymentUrl().web()).startsWith("https://sandbox-web-pay.line.me/");
            assertThat(r.paymentUrl().app()).contains("line://pay/payment/abc");
        }

        @Test
        void anIdSentAsAStringIsReadExactlyToo() {
            PaymentRequestResponse r = ResponseWire.paymentRequest(json("{\"transactionId\":\"" + BIG + "\","
                    + "\"paymentUrl\":{\"web\":\"https://w\"}}"));

            assertThat(r.transactionId()).isEqualTo(TransactionId.parse(BIG));
            assertThat(r.paymentAccessToken()).isEmpty();
            assertThat(r.paymentUrl().app()).isEmpty();
        }

        @Test
        void aMissingPaymentUrlIsAShapeProblemNamingTheField() {
            assertThatThrownBy(() -> ResponseWire.paymentRequest(json("{\"transactionId\":1}")))
                    .isInstanceOf(WireShapeException.class).hasMessage("info.paymentUrl is missing");
        }

        @Test
        void anIdBeyondSixtyFourBitsIsAShapeProblem() {
            assertThatThrownBy(() -> ResponseWire.paymentRequest(json("{\"transactionId\":99999999999999999999,"
                    + "\"paymentUrl\":{\"web\":\"https://w\"}}")))
                    .isInstanceOf(WireShapeException.class).hasMessageStartingWith("info.transactionId is not a transaction id");
        }

        @Test
        void anIdWithAFractionIsAShapeProblem() {
            assertThatThrownBy(() -> ResponseWire.paymentRequest(json("{\"transactionId\":1.5,\"paymentUrl\":{\"web\":\"w\"}}")))
                    .isInstanceOf(WireShapeException.class);
        }
    }

    @Nested
    class Confirm {

        @Test
        void everyDocumentedFieldIsRead() {
            ConfirmResponse c = ResponseWire.confirm(json("{\"orderId\":\"order-1\",\"transactionId\":" + BIG + ","
                    + "\"payInfo\":[{\"method\":\"CREDIT_CARD\",\"amount\":90,\"creditCardNickname\":\"\","
                    + "\"creditCardBrand\":\"VISA\",\"maskedCreditCardNumber\":\"**** **** **** 1234\"},"
                    + "{\"method\":\"POINT\",\"amount\":10}],"
                    + "\"authorizationExpireDate\":\"2023-05-22T07:08:51Z\",\"regKey\":\"RK2AE3519XTFXHM\","
                    + "\"packages\":[{\"id\":\"1\",\"amount\":100,\"userFeeAmount\":0}],"
                    + "\"merchantReference\":{\"affiliateCards\":[{\"cardId\":\"/ABC123\",\"cardType\":\"MOBILE_CARRIER\"}]},"
                    + "\"paymentProvider\":\"TSP\"}"));

            assertThat(c.transactionId().toString()).isEqualTo(BIG);
            assertThat(c.orderId()).isEqualTo(OrderId.of("order-1"));
            assertThat(c.payInfo()).hasSize(2);
            assertThat(c.payInfo().get(0).amount()).isEqualTo(Amount.of(90));
            assertThat(c.payInfo().get(0).creditCardNickname()).contains("");
            assertThat(c.payInfo().get(0).creditCardBrand()).contains("VISA");
            assertThat(c.payInfo().get(0).maskedCreditCardNumber()).contains("**** **** **** 1234");
            assertThat(c.payInfo().get(1).creditCardBrand()).isEmpty();
            assertThat(c.authorizationExpireDate()).contains(Instant.parse("2023-05-22T07:08:51Z"));
            assertThat(c.regKey()).contains(RegKey.of("RK2AE3519XTFXHM"));
            assertThat(c.packages().get(0).userFeeAmount()).contains(Amount.ZERO);
            assertThat(c.merchantReference().orElseThrow().affiliateCards().get(0).cardType()).isEqualTo("MOBILE_CARRIER");
            assertThat(c.paymentProvider()).contains("TSP");
        }

        @Test
        void theOptionalFieldsMayAllBeMissing() {
            ConfirmResponse c = ResponseWire.confirm(json("{\"orderId\":\"order-1\",\"transactionId\":" + BIG + "}"));

            assertThat(c.payInfo()).isEmpty();
            assertThat(c.packages()).isEmpty();
            assertThat(c.authorizationExpireDate()).isEmpty();
            assertThat(c.regKey()).isEmpty();
            assertThat(c.merchantReference()).isEmpty();
            assertThat(c.paymentProvider()).isEmpty();
        }

        @Test
        void nullCountsAsAbsent() {
            ConfirmResponse c = ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,\"regKey\":null,"
                    + "\"paymentProvider\":null,\"payInfo\":null}"));

            assertThat(c.regKey()).isEmpty();
            assertThat(c.paymentProvider()).isEmpty();
            assertThat(c.payInfo()).isEmpty();
        }

        @Test
        void fieldsLinepay4jDoesNotModelAreKeptInRaw() {
            ConfirmResponse c = ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,"
                    + "\"shipping\":{\"methodId\":\"m1\",\"feeAmount\":60},\"newField\":\"x\"}"));

            assertThat(c.raw().object("shipping").flatMap(s -> s.string("methodId"))).contains("m1");
            assertThat(c.raw().string("newField")).contains("x");
        }

        @Test
        void toStringMasksTheRegKeyAndLeavesOutRaw() {
            ConfirmResponse c = ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,"
                    + "\"regKey\":\"RK2AE3519XTFXHM\",\"secretThing\":\"hidden\"}"));

            assertThat(c.toString()).doesNotContain("RK2AE3519XTFXHM").doesNotContain("hidden").contains("regKey=Optional[********]");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2, 3, 5})
        void listsOfAnyLengthAreReadInOrderAndCannotBeChanged(int n) {
            StringBuilder payInfo = new StringBuilder();
            StringBuilder packages = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String sep = i == 0 ? "" : ",";
                payInfo.append(sep).append("{\"method\":\"M").append(i).append("\",\"amount\":").append(10 + i).append('}');
                packages.append(sep).append("{\"id\":\"p").append(i).append("\",\"amount\":").append(20 + i)
                        .append(",\"products\":[").append("{\"name\":\"x\"},".repeat(i)).append("{\"name\":\"last\"}]}");
            }
            ConfirmResponse c = ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,\"payInfo\":[" + payInfo
                    + "],\"packages\":[" + packages + "]}"));

            assertThat(c.payInfo()).hasSize(n);
            assertThat(c.packages()).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(c.payInfo().get(i).method()).isEqualTo("M" + i);
                assertThat(c.payInfo().get(i).amount()).isEqualTo(Amount.of(10 + i));
                assertThat(c.packages().get(i).id()).isEqualTo("p" + i);
                assertThat(c.packages().get(i).amount()).isEqualTo(Amount.of(20 + i));
                assertThat(c.packages().get(i).products()).hasSize(i + 1);
                assertThat(c.packages().get(i).products().get(i).name()).contains("last");
            }
            assertThatThrownBy(() -> c.payInfo().add(c.payInfo().isEmpty() ? null : c.payInfo().get(0)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void aThirdElementThatIsNotAnObjectNamesItsIndex() {
            assertThatThrownBy(() -> ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,"
                    + "\"payInfo\":[{\"method\":\"A\",\"amount\":1},{\"method\":\"B\",\"amount\":2},7]}")))
                    .isInstanceOf(WireShapeException.class)
                    .hasMessage("info.payInfo[2] is a number, not an object");
        }

        @Test
        void aWrongKindOfPayInfoAmountNamesItsPath() {
            assertThatThrownBy(() -> ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,"
                    + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":true}]}")))
                    .isInstanceOf(WireShapeException.class)
                    .hasMessage("info.payInfo[0].amount is a boolean, not a number");
        }

        @Test
        void aMissingOrderIdIsAShapeProblem() {
            assertThatThrownBy(() -> ResponseWire.confirm(json("{\"transactionId\":1}")))
                    .isInstanceOf(WireShapeException.class).hasMessage("info.orderId is missing");
        }

        @Test
        void aDateWithoutOffsetIsAShapeProblem() {
            assertThatThrownBy(() -> ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,"
                    + "\"authorizationExpireDate\":\"2023-05-22T07:08:51\"}")))
                    .isInstanceOf(WireShapeException.class).hasMessageStartingWith("info.authorizationExpireDate");
        }

        @Test
        void aDateWithAnOffsetAndFractionIsRead() {
            ConfirmResponse c = ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,"
                    + "\"authorizationExpireDate\":\"2023-05-22T16:08:51.123+09:00\"}"));

            assertThat(c.authorizationExpireDate()).contains(Instant.parse("2023-05-22T07:08:51.123Z"));
        }
    }

    @Test
    void aCaptureAnswerIsRead() {
        CaptureResponse c = ResponseWire.capture(json("{\"transactionId\":" + BIG + ",\"orderId\":\"o-1\","
                + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":100}],\"paymentProvider\":\"EPI\"}"));

        assertThat(c.transactionId().value()).isEqualTo(2023042201206549310L);
        assertThat(c.payInfo().get(0).method()).isEqualTo("BALANCE");
        assertThat(c.paymentProvider()).contains("EPI");
    }

    @Test
    void aRefundAnswerIsReadWithTheNewId() {
        RefundResponse r = ResponseWire.refund(json("{\"refundTransactionId\":2023042201206549311,"
                + "\"refundTransactionDate\":\"2023-04-22T07:10:00Z\"}"));

        assertThat(r.refundTransactionId().value()).isEqualTo(2023042201206549311L);
        assertThat(r.refundTransactionDate()).isEqualTo(Instant.parse("2023-04-22T07:10:00Z"));
    }

    @Test
    void aPreapprovedPaymentAnswerIsRead() {
        PreapprovedPaymentResponse p = ResponseWire.preapprovedPayment(json("{\"transactionId\":" + BIG + ","
                + "\"transactionDate\":\"2023-04-22T07:10:00Z\",\"orderId\":\"sub-1\","
                + "\"authorizationExpireDate\":\"2023-05-22T07:10:00Z\",\"paymentProvider\":\"TSP\"}"));

        assertThat(p.transactionId().toString()).isEqualTo(BIG);
        assertThat(p.orderId()).contains(OrderId.of("sub-1"));
        assertThat(p.authorizationExpireDate()).isPresent();
    }

    @Test
    void aPreapprovedPaymentAnswerWithoutTheOrderIdIsReadToo() {
        PreapprovedPaymentResponse p = ResponseWire.preapprovedPayment(json("{\"transactionId\":1,"
                + "\"transactionDate\":\"2023-04-22T07:10:00Z\"}"));

        assertThat(p.orderId()).isEmpty();
    }

    @Nested
    class Details {

        private final String payment = "{\"transactionId\":" + BIG + ",\"transactionDate\":\"2023-04-22T07:08:51Z\","
                + "\"transactionType\":\"PAYMENT\",\"payStatus\":\"CAPTURE\",\"orderId\":\"order-7\","
                + "\"productName\":\"Tea\",\"merchantName\":\"Shop\",\"currency\":\"TWD\","
                + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":300}],"
                + "\"refundList\":[{\"refundTransactionId\":2023042201206549311,\"transactionType\":\"PARTIAL_REFUND\","
                + "\"refundAmount\":-100,\"refundTransactionDate\":\"2023-04-23T01:00:00Z\"},"
                + "{\"refundTransactionId\":\"2023042201206549312\",\"transactionType\":\"PARTIAL_REFUND\","
                + "\"refundAmount\":50,\"refundTransactionDate\":\"2023-04-24T01:00:00Z\"}],"
                + "\"packages\":[{\"id\":\"1\",\"amount\":300,\"userFee\":0,\"name\":\"Shop\","
                + "\"products\":[{\"name\":\"Tea\",\"quantity\":2,\"price\":150}]}],"
                + "\"paymentProvider\":\"TSP\",\"events\":[{\"code\":\"E1\"}]}";

        @Test
        void aPaymentWithRefundsIsReadFieldByField() {
            List<PaymentDetails> list = ResponseWire.paymentDetails((JsonArray) new MiniJsonCodec()
                    .read(("[" + payment + "]").getBytes(StandardCharsets.UTF_8)));

            PaymentDetails d = list.get(0);
            assertThat(d.transactionId().value()).isEqualTo(2023042201206549310L);
            assertThat(d.transactionDate()).isEqualTo(Instant.parse("2023-04-22T07:08:51Z"));
            assertThat(d.transactionType()).contains(TransactionType.PAYMENT);
            assertThat(d.payStatus()).contains(PayStatus.CAPTURE);
            assertThat(d.orderId()).contains(OrderId.of("order-7"));
            assertThat(d.productName()).contains("Tea");
            assertThat(d.merchantName()).contains("Shop");
            assertThat(d.currency()).contains(Currency.TWD);
            assertThat(d.payInfo().get(0).amount()).isEqualTo(Amount.of(300));
            assertThat(d.packages().get(0).products().get(0).quantity()).isEqualTo(OptionalLong.of(2));
            assertThat(d.packages().get(0).userFeeAmount()).contains(Amount.ZERO);
            assertThat(d.paymentProvider()).contains("TSP");
            assertThat(d.originalTransactionId()).isEmpty();
            assertThat(d.raw().has("events")).isTrue();
        }

        @Test
        void refundAmountsAreReadAsPositiveWhicheverSignLinePayWrote() {
            PaymentDetails d = ResponseWire.paymentDetails(JsonArray.of(json(payment))).get(0);

            assertThat(d.refundList()).extracting(r -> r.refundAmount()).containsExactly(Amount.of(100), Amount.of(50));
            assertThat(d.refundList().get(0).refundTransactionId().value()).isEqualTo(2023042201206549311L);
            assertThat(d.refundList().get(1).refundTransactionId().value()).isEqualTo(2023042201206549312L);
            assertThat(d.refundList().get(0).transactionType()).contains(TransactionType.PARTIAL_REFUND);
        }

        @Test
        void aRefundEntryNamesItsOriginalTransaction() {
            PaymentDetails d = ResponseWire.paymentDetails(JsonArray.of(json("{\"transactionId\":2023042201206549311,"
                    + "\"transactionDate\":\"2023-04-23T01:00:00Z\",\"transactionType\":\"PARTIAL_REFUND\","
                    + "\"originalTransactionId\":" + BIG + "}"))).get(0);

            assertThat(d.originalTransactionId()).contains(TransactionId.parse(BIG));
            assertThat(d.payStatus()).isEmpty();
        }

        @Test
        void aRefundEntrysNegativePayInfoIsReadAsTheAmountRefunded() {
            PaymentDetails d = ResponseWire.paymentDetails(JsonArray.of(json("{\"transactionId\":2023042201206549311,"
                    + "\"transactionDate\":\"2023-04-23T01:00:00Z\",\"transactionType\":\"PARTIAL_REFUND\","
                    + "\"originalTransactionId\":" + BIG + ",\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":-100}]}"))).get(0);

            assertThat(d.payInfo().get(0).amount()).isEqualTo(Amount.of(100));
            assertThat(d.raw().array("payInfo").orElseThrow().toString()).contains("-100");
        }

        @Test
        void aPaymentEntrysNegativePayInfoIsStillTheWrongShape() {
            assertThatThrownBy(() -> ResponseWire.paymentDetails(JsonArray.of(json("{\"transactionId\":1,"
                    + "\"transactionDate\":\"2023-04-23T01:00:00Z\",\"transactionType\":\"PAYMENT\","
                    + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":-100}]}"))))
                    .isInstanceOf(WireShapeException.class).hasMessageContaining("payInfo[0].amount is negative");
        }

        @Test
        void valuesLinePayMayAddReadAsEmptyInsteadOfFailingTheRead() {
            PaymentDetails d = ResponseWire.paymentDetails(JsonArray.of(json("{\"transactionId\":1,"
                    + "\"transactionDate\":\"2023-04-23T01:00:00Z\",\"transactionType\":\"INSTALLMENT\","
                    + "\"payStatus\":\"ON_HOLD\",\"currency\":\"EUR\"}"))).get(0);

            assertThat(d.transactionType()).isEmpty();
            assertThat(d.payStatus()).isEmpty();
            assertThat(d.currency()).isEmpty();
            assertThat(d.raw().string("payStatus")).contains("ON_HOLD");
        }

        @Test
        void anElementThatIsNotAnObjectNamesItsIndex() {
            assertThatThrownBy(() -> ResponseWire.paymentDetails(JsonArray.of(json(payment), JsonString.of("x"))))
                    .isInstanceOf(WireShapeException.class).hasMessage("info[1] is a string, not an object");
        }

        @Test
        void anAnswerWithoutInfoHasNoPayments() {
            assertThat(ResponseWire.paymentDetails(ResponseWire.infoArray(envelope("{\"returnCode\":\"0000\"}")))).isEmpty();
        }

        @Test
        void anInfoObjectWhereAnArrayBelongsIsAShapeProblem() {
            assertThatThrownBy(() -> ResponseWire.infoArray(envelope("{\"returnCode\":\"0000\",\"info\":{}}")))
                    .isInstanceOf(WireShapeException.class).hasMessage("info is an object, not an array");
        }
    }

    @Test
    void aMissingInfoObjectIsAShapeProblem() {
        assertThatThrownBy(() -> ResponseWire.infoObject(envelope("{\"returnCode\":\"0000\"}")))
                .isInstanceOf(WireShapeException.class).hasMessage("info is missing");
    }

    @Test
    void anAcknowledgementKeepsTheCodeTheMessageAndAnyInfo() {
        Acknowledgement a = ResponseWire.acknowledgement(envelope("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\"}"));

        assertThat(a.returnCode()).isEqualTo(ReturnCode.SUCCESS);
        assertThat(a.returnMessage()).isEqualTo("Success.");
        assertThat(a.raw()).isEqualTo(JsonObject.of());
        assertThat(ResponseWire.acknowledgement(envelope("{\"returnCode\":\"0000\",\"info\":{\"x\":1}}")).raw().has("x"))
                .isTrue();
    }

    @Test
    void shapeProblemsNeverQuoteTheValue() {
        assertThatThrownBy(() -> ResponseWire.confirm(json("{\"orderId\":\"o\",\"transactionId\":1,\"regKey\":\"RK 1/2\"}")))
                .isInstanceOf(WireShapeException.class)
                .hasMessage("info.regKey is not a valid regKey")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("RK 1/2"));
    }
}
