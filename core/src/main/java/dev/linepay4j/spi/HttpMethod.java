package dev.linepay4j.spi;

/** The HTTP methods LINE Pay's APIs use. */
public enum HttpMethod {
    /** Reads: payment details, status checks. The signature covers the query string. */
    GET,
    /** Everything else. The signature covers the body. */
    POST
}
