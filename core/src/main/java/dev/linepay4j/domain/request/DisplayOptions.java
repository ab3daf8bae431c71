package dev.linepay4j.domain.request;

import dev.linepay4j.domain.DisplayLocale;
import java.util.Objects;
import java.util.Optional;

/**
 * How LINE Pay's payment pages look ({@code options.display}).
 *
 * <pre>{@code
 * DisplayOptions zh = DisplayOptions.of(DisplayLocale.ZH_TW);
 * }</pre>
 *
 * @param locale                 the page language; LINE Pay uses {@code en} when empty
 * @param checkConfirmUrlBrowser when true, the customer is asked to come back to the browser the
 *                               payment started in before {@code confirmUrl} is opened; LINE Pay's
 *                               default (false) when empty
 */
public record DisplayOptions(Optional<DisplayLocale> locale, Optional<Boolean> checkConfirmUrlBrowser) {

    /**
     * Creates the options.
     *
     * @param locale the page language; LINE Pay uses {@code en} when empty
     * @param checkConfirmUrlBrowser when true, the customer is asked to come back to the browser the payment started in before {@code confirmUrl} is opened; LINE Pay's default (false) when empty
     * @throws NullPointerException if an {@code Optional} is null
     */
    public DisplayOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(checkConfirmUrlBrowser, "checkConfirmUrlBrowser");
    }

    /**
     * Options that only set the language.
     *
     * @param locale the page language
     * @return the options
     */
    public static DisplayOptions of(DisplayLocale locale) {
        return new DisplayOptions(Optional.of(locale), Optional.empty());
    }
}
