/**
 * linepay4j for code written in Vavr's style: the Online API's operations answering
 * {@code Either<LinePayError, T>}, {@code Try<T>} or a Vavr {@code Future<T>}.
 *
 * <p>{@link dev.linepay4j.vavr.VavrLinePay} wraps any {@link dev.linepay4j.OnlinePayments} (the
 * {@link dev.linepay4j.LinePay} client or a fake) and offers three views of it,
 * {@link dev.linepay4j.vavr.EitherPayments}, {@link dev.linepay4j.vavr.TryPayments} and
 * {@link dev.linepay4j.vavr.FuturePayments}, with the client's operation names and arguments.
 * {@link dev.linepay4j.vavr.VavrCalls} holds the mapping rules as functions, for calls the views do not
 * cover (such as {@code LinePay.raw}) and for turning a failed future into a {@code Left}.
 *
 * <pre>{@code
 * VavrLinePay vavr = VavrLinePay.of(linePay);
 * Either<LinePayError, ConfirmResponse> confirmed = vavr.either().confirm(transactionId, confirmRequest);
 * }</pre>
 *
 * <p>The module is a thin mapping: errors are core's {@link dev.linepay4j.LinePayError} values, results
 * are core's types (a Vavr {@code List} for payment details; optional fields of results stay
 * {@link java.util.Optional}), and it uses nothing of core but its public API.
 */
package dev.linepay4j.vavr;
