package dev.linepay4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** How the demo's browser finds the Pay form on a payment page. */
class CustomerTest {

    private static final URI PAGE = URI.create("http://127.0.0.1:8090/sandbox/pay/2026112204412563051");

    @Test
    void theFormHoldingThePayButtonWins() {
        String html = "<form method=\"post\" action=\"/sandbox/pay/2026112204412563051/cancel\">"
                + "<button type=\"submit\" id=\"cancel\">Cancel</button></form>"
                + "<FORM METHOD='POST' ACTION='/sandbox/pay/2026112204412563051/approve?a=1&amp;b=2'>"
                + "<button type=submit id=pay>Pay</button></FORM>";

        assertThat(Customer.payForm(PAGE, html))
                .contains(URI.create("http://127.0.0.1:8090/sandbox/pay/2026112204412563051/approve?a=1&b=2"));
    }

    @Test
    void aRelativeActionResolvesAgainstThePage() {
        String html = "<form method=\"post\" action=\"2026112204412563051/approve\"><button id=\"pay\">Pay</button></form>";

        assertThat(Customer.payForm(PAGE, html))
                .contains(URI.create("http://127.0.0.1:8090/sandbox/pay/2026112204412563051/approve"));
    }

    @Test
    void withoutAPayButtonAnApproveActionIsTaken() {
        String html = "<form method=\"post\" action=\"/x/approve\"><input type=\"submit\" value=\"OK\"></form>";

        assertThat(Customer.payForm(PAGE, html)).contains(URI.create("http://127.0.0.1:8090/x/approve"));
    }

    @Test
    void getFormsAndPagesWithoutFormsGiveNothing() {
        assertThat(Customer.payForm(PAGE, "<form action=\"/approve\"><button id=\"pay\">Pay</button></form>")).isEmpty();
        assertThat(Customer.payForm(PAGE, "<p>This payment is complete (CAPTURED).</p>")).isEmpty();
    }
}
