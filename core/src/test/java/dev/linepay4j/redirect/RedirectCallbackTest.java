package dev.linepay4j.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.redirect.InvalidCallbackException.Issue;
import dev.linepay4j.redirect.InvalidCallbackException.Problem;
import org.junit.jupiter.api.Test;

/** The confirm and cancel pages' query strings read into validated ids. */
class RedirectCallbackTest {

    private static InvalidCallbackException refused(String query) {
        return catchThrowableOfType(InvalidCallbackException.class, () -> RedirectCallback.parse(query));
    }

    @Test
    void theIdsLinePayAppendsAreReadExactly() {
        RedirectCallback c = RedirectCallback.parse("transactionId=2023042201206549310&orderId=A-1");

        assertThat(c.transactionId()).isEqualTo(TransactionId.parse("2023042201206549310"));
        assertThat(c.transactionId().value()).isEqualTo(2023042201206549310L);
        assertThat(c.orderId()).isEqualTo(OrderId.of("A-1"));
    }

    @Test
    void otherParametersALeadingQuestionMarkAndAnyOrderAreFine() {
        RedirectCallback c = RedirectCallback.parse("?shop=tw&orderId=A-1&&transactionId=1&utm=x");

        assertThat(c).isEqualTo(new RedirectCallback(TransactionId.of(1), OrderId.of("A-1")));
    }

    @Test
    void valuesAreFormDecoded() {
        assertThat(RedirectCallback.parse("transactionId=1&orderId=A+1%262%E6%B3%A8").orderId())
                .isEqualTo(OrderId.of("A 1&2注"));
    }

    @Test
    void everyProblemIsListedWithItsKind() {
        InvalidCallbackException e = refused("transactionId=12x&foo=bar");

        assertThat(e.issues()).extracting(Issue::problem, Issue::parameter).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.INVALID, "transactionId"),
                org.assertj.core.groups.Tuple.tuple(Problem.MISSING, "orderId"));
    }

    @Test
    void aRepeatedIdIsRefusedEvenWithTheSameValue() {
        assertThat(refused("transactionId=1&transactionId=1&orderId=A").issues())
                .extracting(Issue::problem).containsExactly(Problem.DUPLICATED);
        assertThat(refused("transactionId=1&orderId=A&orderId=B").issues())
                .extracting(Issue::problem).containsExactly(Problem.DUPLICATED);
    }

    @Test
    void malformedPercentEncodingIsReported() {
        assertThat(refused("transactionId=1&orderId=%ZZ").issues()).extracting(Issue::problem)
                .containsExactly(Problem.MALFORMED, Problem.MISSING);
    }

    @Test
    void anEmptyOrNullQueryMissesBoth() {
        assertThat(refused(null).issues()).extracting(Issue::problem).containsExactly(Problem.MISSING, Problem.MISSING);
        assertThat(refused("").issues()).hasSize(2);
    }

    @Test
    void anIdTooLargeOrAnOrderIdWithAControlCharacterIsInvalid() {
        assertThat(refused("transactionId=99999999999999999999&orderId=A%0A").issues()).extracting(Issue::problem)
                .containsExactly(Problem.INVALID, Problem.INVALID);
        assertThat(refused("transactionId=0&orderId=").issues()).extracting(Issue::problem)
                .containsExactly(Problem.INVALID, Problem.INVALID);
    }

    @Test
    void messagesNeverRepeatTheValues() {
        InvalidCallbackException e = refused("transactionId=%3Cscript%3E&orderId=" + "x".repeat(101));

        assertThat(e.getMessage()).doesNotContain("<script>", "xxxxxxxxxx").contains("transactionId", "orderId");
    }

    @Test
    void aCancelPageMayCarryNoIdsAtAll() {
        assertThat(RedirectCallback.parseIfPresent("reason=user")).isEmpty();
        assertThat(RedirectCallback.parseIfPresent(null)).isEmpty();
        assertThat(RedirectCallback.parseIfPresent("transactionId=5&orderId=B")).contains(
                new RedirectCallback(TransactionId.of(5), OrderId.of("B")));
        assertThat(catchThrowableOfType(InvalidCallbackException.class,
                () -> RedirectCallback.parseIfPresent("orderId=B")).issues()).extracting(Issue::problem)
                .containsExactly(Problem.MISSING);
    }
}
