/**
 * LINE Pay's vocabulary as immutable values that validate themselves on construction: ids, the
 * channel secret, currencies and amounts, merchant devices, API versions. Depends on {@code java.*}
 * only.
 */
package dev.linepay4j.domain;
