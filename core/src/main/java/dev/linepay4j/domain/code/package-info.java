/**
 * LINE Pay's answers as values: the catalogue of return codes ({@link dev.linepay4j.domain.code.ReturnCode})
 * with who has to act and whether a retry can help, the per-endpoint readings of status codes
 * ({@link dev.linepay4j.domain.code.RequestStatus}, {@link dev.linepay4j.domain.code.RegKeyStatus}) and
 * the response envelope ({@link dev.linepay4j.domain.code.ResultEnvelope}) in both of LINE Pay's body
 * shapes. Depends on {@code java.*} and {@code dev.linepay4j.domain.json} only.
 */
package dev.linepay4j.domain.code;
