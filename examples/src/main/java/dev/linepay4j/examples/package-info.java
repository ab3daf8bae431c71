/**
 * linepay4j's runnable demo ({@link dev.linepay4j.examples.Demo}, packaged as
 * {@code examples/target/linepay4j-demo.jar}): a payment requested, approved by the customer, confirmed
 * from the shop's confirm page, partly refunded and read back (or, with the argument {@code offline}, a
 * payment at the till with the customer's My Code), against an embedded {@code LinePaySandbox}
 * or a LINE Pay server named by the environment. Not published; read it as an example of the client in use.
 */
package dev.linepay4j.examples;
