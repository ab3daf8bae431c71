/**
 * Internal: not for use outside linepay4j-core (an architecture test keeps every other module out), and
 * may change in any release. The application service behind {@link dev.linepay4j.LinePay}: it turns
 * each operation into an {@link dev.linepay4j.internal.Operation} (wire mapping, the body written once,
 * the query encoded once), and a {@link dev.linepay4j.internal.CallExecutor} runs it: sign exactly those
 * bytes, send them, read the answer, map it or the failure to a {@link dev.linepay4j.LinePayError}.
 *
 * <p>The stages are kept apart so that retries and reconciliation can be added around
 * {@link dev.linepay4j.internal.CallExecutor} without touching the mapping: one
 * {@code execute(operation)} is one attempt, signed afresh with a new nonce.
 *
 * <p>This package and {@code dev.linepay4j} are one unit: the public face and its implementation. The
 * root package creates the service; the service throws the root package's errors and calls its
 * listener.
 */
package dev.linepay4j.internal;
