/**
 * The merchant's side of LINE Pay's redirect flow, framework-neutral: reading the {@code transactionId}
 * and {@code orderId} that LINE Pay appends to the {@code confirmUrl} (and, when it can, the
 * {@code cancelUrl}) from the raw query string, as any servlet container, Spring, JAX-RS, Vert.x or
 * {@code com.sun.net.httpserver} hands it over. Depends on {@code java.*} and
 * {@code dev.linepay4j.domain} only.
 */
package dev.linepay4j.redirect;
