package dev.linepay4j.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import org.junit.jupiter.api.Test;

class OfflinePaymentRequestTest {

    static final String TW_KEY = "123456789012345678";

    static OfflinePaymentRequest.Builder valid() {
        return OfflinePaymentRequest.builder().productName("Pearl milk tea").amount(120).currency(Currency.TWD)
                .orderId("POS7-0042").oneTimeKey(TW_KEY);
    }

    @Test
    void aPlainPaymentFitsEveryGeneration() {
        OfflinePaymentRequest r = valid().build();

        assertThat(r.capture()).isTrue();
        for (ApiVersion v : new ApiVersion[] {ApiVersion.OFFLINE_V2, ApiVersion.OFFLINE_V2_4, ApiVersion.OFFLINE_V4}) {
            assertThat(r.violationsFor(v)).as(v.name()).isEmpty();
        }
        assertThat(r.violationsFor(ApiVersion.ONLINE_V3)).extracting(Violation::field).containsExactly("apiVersion");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> OfflinePaymentRequest.builder().productName(" ").amount(new java.math.BigDecimal("10.5"))
                .currency("TWD").orderId("").oneTimeKey("12345").branchId("x".repeat(33)).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("amount", "orderId", "oneTimeKey", "productName", "branchId"));
    }

    @Test
    void missingValuesAreNamed() {
        assertThatThrownBy(() -> OfflinePaymentRequest.builder().build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("amount", "currency", "orderId", "oneTimeKey"));
    }

    @Test
    void v2AndV24RequireAProductNameAndKnowNoPackages() {
        OfflinePaymentRequest r = valid().productName(null)
                .addPackage(p -> p.id("1").amount(120).addProduct(pr -> pr.name("Tea").quantity(1).price(120)))
                .build();

        assertThat(r.violationsFor(ApiVersion.OFFLINE_V2)).extracting(Violation::field)
                .containsExactly("productName", "packages");
        assertThat(r.violationsFor(ApiVersion.OFFLINE_V2_4)).extracting(Violation::field)
                .containsExactly("productName", "packages");
        assertThat(r.violationsFor(ApiVersion.OFFLINE_V4)).isEmpty();
        assertThatThrownBy(() -> r.requireSupportedBy(ApiVersion.OFFLINE_V2)).isInstanceOf(ValidationException.class);
    }

    @Test
    void addFriendsIsAV2OnlyField() {
        OfflinePaymentRequest r = valid().addFriends("@linepay").build();

        assertThat(r.violationsFor(ApiVersion.OFFLINE_V2)).isEmpty();
        assertThat(r.violationsFor(ApiVersion.OFFLINE_V2_4)).extracting(Violation::field).containsExactly("addFriends");
        assertThat(r.violationsFor(ApiVersion.OFFLINE_V4)).extracting(Violation::field).containsExactly("addFriends");
    }

    @Test
    void packagesMustAddUpToTheAmountAndCarryNoUserFee() {
        assertThatThrownBy(() -> valid()
                .addPackage(p -> p.id("1").amount(100).userFee(20).addProduct(pr -> pr.name("Tea").quantity(1).price(100)))
                .build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("amount", "packages[0].userFee"));
    }

    @Test
    void aPackageIsCheckedAgainstTheRequestsCurrency() {
        assertThatThrownBy(() -> valid().amount(new java.math.BigDecimal("1.5"))
                .addPackage(p -> p.id("1").amount(new java.math.BigDecimal("1.5"))
                        .addProduct(pr -> pr.name("Tea").quantity(1).price(new java.math.BigDecimal("1.5"))))
                .build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .contains("amount", "packages[0].amount"));
    }

    @Test
    void toStringNeverShowsTheWholeKeyAndToBuilderCopies() {
        OfflinePaymentRequest r = valid().capture(false).branchName("Taipei Main").build();

        assertThat(r.toString()).doesNotContain(TW_KEY).contains("5678");
        OfflinePaymentRequest copy = r.toBuilder().orderId("POS7-0043").build();
        assertThat(copy.orderId().value()).isEqualTo("POS7-0043");
        assertThat(copy.capture()).isFalse();
        assertThat(copy.branchName()).contains("Taipei Main");
        assertThat(copy.amount()).isEqualTo(Amount.of(120));
    }
}
