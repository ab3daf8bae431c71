/**
 * Contract suites that every adapter passes: {@link dev.linepay4j.testkit.contract.HttpTransportContract}
 * for HTTP transports and {@code JsonCodecContract} for JSON codecs.
 * They are abstract JUnit 5 classes, published in the testkit's main jar so that third-party adapters
 * can extend them too; each brings its own loopback server and needs no network.
 */
package dev.linepay4j.testkit.contract;
