package dev.linepay4j.domain;

/**
 * The language of LINE Pay's payment pages ({@code options.display.locale}). LINE Pay uses
 * {@link #EN} when none is sent.
 *
 * <pre>{@code
 * DisplayLocale.ZH_TW.wireValue();   // "zh_TW"
 * DisplayLocale.of("th");            // TH
 * }</pre>
 */
public enum DisplayLocale {
    /** English, LINE Pay's default. */
    EN("en"),
    /** Japanese (listed for Online v4 and the legacy v3 documentation). */
    JA("ja"),
    /** Korean. */
    KO("ko"),
    /** Thai. */
    TH("th"),
    /** Traditional Chinese. */
    ZH_TW("zh_TW"),
    /** Simplified Chinese. */
    ZH_CN("zh_CN");

    private final String wireValue;

    DisplayLocale(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The value as LINE Pay writes it.
     *
     * @return for example {@code "zh_TW"}
     */
    public String wireValue() {
        return wireValue;
    }

    /**
     * The locale with the given wire value. Only LINE Pay's exact spellings are accepted
     * ({@code "zh_TW"}, not {@code "zh-TW"} or {@code "ZH_TW"}), so that what is parsed is what is sent.
     *
     * @param wireValue one of {@code en}, {@code ja}, {@code ko}, {@code th}, {@code zh_TW}, {@code zh_CN}
     * @return the locale
     * @throws ValidationException if the value is null or not one of those
     */
    public static DisplayLocale of(String wireValue) {
        if (wireValue == null) {
            throw ValidationException.of("locale", "is required");
        }
        for (DisplayLocale locale : values()) {
            if (locale.wireValue.equals(wireValue)) {
                return locale;
            }
        }
        throw ValidationException.of("locale", "'" + Text.printable(wireValue)
                + "' is not a LINE Pay display locale; use one of en, ja, ko, th, zh_TW, zh_CN");
    }
}
