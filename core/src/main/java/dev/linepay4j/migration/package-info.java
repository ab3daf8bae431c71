/**
 * Help for merchants leaving LINE Pay's Online API v2: {@link dev.linepay4j.migration.V2RequestMigration}
 * turns a v2 payment request into the v3 request model and says what could not be carried over.
 */
package dev.linepay4j.migration;
