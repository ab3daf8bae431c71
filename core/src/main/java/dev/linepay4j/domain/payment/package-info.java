/**
 * The life of an online LINE Pay payment as pure state machines: a {@link
 * dev.linepay4j.domain.payment.Payment} moves only through {@link
 * dev.linepay4j.domain.payment.PaymentMachine#apply}, which answers either the next payment or the
 * return code LINE Pay would answer. The testkit's in-memory fake and HTTP sandbox run on these same
 * rules, so the library and its fakes cannot disagree. Depends on {@code java.*} and linepay4j's own
 * domain packages only.
 */
package dev.linepay4j.domain.payment;
