/**
 * The testkit's own JSON reader and writer, so that {@code LinePaySandbox} and {@code FakeLinePay}
 * need no JSON library and stay independent of the codec under test.
 */
package dev.linepay4j.testkit.json;
