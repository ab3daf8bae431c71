/**
 * {@link dev.linepay4j.testkit.sandbox.LinePaySandbox}: LINE Pay's Online API v3 and v4 and Offline API
 * v2, v2.4 and v4 on loopback, with a payment page and My Codes for the customer's side, a control API, and
 * faults on demand; runnable from Java (and
 * as a JUnit 5 extension, {@link dev.linepay4j.testkit.sandbox.LinePaySandboxExtension}) or as a standalone
 * process ({@link dev.linepay4j.testkit.sandbox.SandboxMain}).
 *
 * <h2>URL layout</h2>
 * <table>
 * <caption>paths the sandbox serves</caption>
 * <tr><th>path</th><th>what</th></tr>
 * <tr><td>{@code POST /v3|/v4/payments/request}</td><td>request a payment</td></tr>
 * <tr><td>{@code GET  /v3|/v4/payments/requests/{transactionId}/check}</td><td>request status (0000, 0110, 0121, 0122, 0123)</td></tr>
 * <tr><td>{@code POST /v3|/v4/payments/{transactionId}/confirm}</td><td>confirm</td></tr>
 * <tr><td>{@code POST /v3|/v4/payments/authorizations/{transactionId}/capture}</td><td>capture</td></tr>
 * <tr><td>{@code POST /v3|/v4/payments/authorizations/{transactionId}/void}</td><td>void</td></tr>
 * <tr><td>{@code POST /v3|/v4/payments/{transactionId}/refund}</td><td>refund</td></tr>
 * <tr><td>{@code GET  /v3|/v4/payments?transactionId=…&orderId=…}</td><td>payment details</td></tr>
 * <tr><td>{@code GET  /v3|/v4/payments/preapprovedPay/{regKey}/check}</td><td>regKey check</td></tr>
 * <tr><td>{@code POST /v3|/v4/payments/preapprovedPay/{regKey}/payment}</td><td>pay with a regKey</td></tr>
 * <tr><td>{@code POST /v3|/v4/payments/preapprovedPay/{regKey}/expire}</td><td>expire a regKey</td></tr>
 * <tr><td>{@code POST /v2|/v2.4|/v4/payments/oneTimeKeys/pay}</td><td>pay with a My Code (Offline API)</td></tr>
 * <tr><td>{@code GET  /v2|/v2.4|/v4/payments/orders/{orderId}/check}</td><td>offline status (AUTH_READY,
 *     COMPLETE, CANCEL, REFUND)</td></tr>
 * <tr><td>{@code POST /v2|/v2.4|/v4/payments/orders/{orderId}/capture|void|refund}</td><td>offline capture,
 *     void, refund</td></tr>
 * <tr><td>{@code GET  /v2|/v2.4|/v4/payments/authorizations?orderId=…}</td><td>offline authorizations</td></tr>
 * <tr><td>{@code GET  /v2|/v2.4/payments?orderId=…}</td><td>offline payment details (v4: the online path)</td></tr>
 * <tr><td>{@code GET  /sandbox/pay/{transactionId}} (+ {@code POST …/approve}, {@code …/cancel})</td>
 *     <td>the payment page, {@code paymentUrl.web}</td></tr>
 * <tr><td>{@code /sandbox/payments/…}, {@code /sandbox/authorizations/…}, {@code /sandbox/regkeys/…},
 *     {@code /sandbox/one-time-keys}, {@code /sandbox/faults}</td><td>the control API (no signature; loopback
 *     only)</td></tr>
 * </table>
 *
 * <h2>Where LINE Pay is silent</h2>
 * The choices the sandbox makes (which header error answers which code, the nonce window, the order of
 * checks, unknown fields, the details query, the authorization lifetime…) are documented on the classes
 * that make them and collected in the README's "Local sandbox" section.
 */
package dev.linepay4j.testkit.sandbox;
