package dev.linepay4j.domain.response;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the customer approves a requested payment ({@code info.paymentUrl} of the payment request
 * answer). Send a web browser to {@link #web()} (LINE Pay suggests a 700&times;546 pop-up); an app can
 * open {@link #app()} to switch to the LINE app, which LINE Pay's sandbox does not support.
 *
 * <pre>{@code
 * PaymentUrl url = response.paymentUrl();
 * httpResponse.sendRedirect(url.web());
 * }</pre>
 *
 * @param web the URL of LINE Pay's payment page, as sent
 * @param app the {@code line://} deep link, when LINE Pay sent one
 */
public record PaymentUrl(String web, Optional<String> app) {

    /**
     * Creates the URLs.
     *
     * @param web the URL of LINE Pay's payment page, as sent
     * @param app the {@code line://} deep link, when LINE Pay sent one
     * @throws NullPointerException if a part is null
     */
    public PaymentUrl {
        Objects.requireNonNull(web, "web");
        Objects.requireNonNull(app, "app");
    }
}
