package dev.linepay4j.domain.request;

import static dev.linepay4j.domain.request.Broken.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.Violation;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The amount rules against random carts: the request total is worked out here with plain
 * {@link BigDecimal} arithmetic, independently of the code under test.
 */
class PaymentRequestSumPropertyTest {

    record Line(BigDecimal price, int quantity) {
        BigDecimal subtotal() {
            return price.multiply(BigDecimal.valueOf(quantity));
        }
    }

    record Pkg(List<Line> lines, BigDecimal userFee) {
        BigDecimal amount() {
            return lines.stream().map(Line::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    static BigDecimal total(List<Pkg> cart) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Pkg p : cart) {
            sum = sum.add(p.amount());
            if (p.userFee() != null) {
                sum = sum.add(p.userFee());
            }
        }
        return sum;
    }

    static PaymentRequest.Builder request(List<Pkg> cart, BigDecimal amount) {
        PaymentRequest.Builder b = PaymentRequest.builder()
                .amount(amount).currency(Currency.USD).orderId("prop-1")
                .redirectUrls(RedirectUrls.of("https://shop.example.com/ok", "https://shop.example.com/no"));
        for (int i = 0; i < cart.size(); i++) {
            Pkg pkg = cart.get(i);
            String id = "pkg-" + i;
            b.addPackage(p -> {
                p.id(id).amount(pkg.amount()).userFee(pkg.userFee());
                for (Line line : pkg.lines()) {
                    p.addProduct(pr -> pr.name("item").quantity(line.quantity()).price(line.price()));
                }
            });
        }
        return b;
    }

    @Property
    void aRequestWhoseAmountIsTheSumOfItsPackagesAlwaysBuilds(@ForAll("carts") List<Pkg> cart) {
        PaymentRequest built = request(cart, total(cart)).build();

        assertThat(built.amount().value()).isEqualByComparingTo(total(cart));
    }

    @Property
    void aRequestOffByAnyNonZeroDeltaNeverBuilds(@ForAll("carts") List<Pkg> cart, @ForAll("deltas") BigDecimal delta) {
        BigDecimal wrong = total(cart).add(delta);
        Assume.that(wrong.signum() > 0);

        List<Violation> violations = violationsOf(() -> request(cart, wrong).build());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("amount");
            assertThat(v.message()).startsWith("must equal the sum of packages[].amount");
        });
    }

    @Provide
    Arbitrary<List<Pkg>> carts() {
        Arbitrary<BigDecimal> cents = Arbitraries.longs().between(1, 1_000_000).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<Line> line = Combinators.combine(cents, Arbitraries.integers().between(1, 50)).as(Line::new);
        Arbitrary<BigDecimal> fee = Arbitraries.longs().between(0, 50_000).map(c -> BigDecimal.valueOf(c, 2))
                .injectNull(0.5);
        Arbitrary<Pkg> pkg = Combinators.combine(line.list().ofMinSize(1).ofMaxSize(4), fee).as(Pkg::new);
        return pkg.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<BigDecimal> deltas() {
        return Arbitraries.longs().between(-5_000_000, 5_000_000).filter(c -> c != 0)
                .map(c -> BigDecimal.valueOf(c, 2));
    }
}
