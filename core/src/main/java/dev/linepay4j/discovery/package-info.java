/**
 * How linepay4j finds its adapters: one {@link dev.linepay4j.discovery.ProviderLoader} serves every
 * service-provider interface with the same order of choice and the same error texts, and says what it
 * chose ({@link dev.linepay4j.discovery.ProviderSelection}).
 */
package dev.linepay4j.discovery;
