/**
 * Internal: not for use outside linepay4j-core, and may change in any release. The wire mapping of the
 * Online API as pure functions: validated domain values to {@link dev.linepay4j.domain.json.JsonValue}
 * trees and encoded query strings and path segments, and answers' trees back to the typed results of
 * {@code dev.linepay4j.domain.response}. No I/O, no codec, no client: depends on {@code java.*} and
 * {@code dev.linepay4j.domain} only, so every mapping can be tested on trees alone.
 */
package dev.linepay4j.internal.wire;
