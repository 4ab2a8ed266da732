package org.rendition.store;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The two database engines a profile can live on. Most SQL is the same on both; the few places
 * that differ (the fuzzy-match index, the history's anchor, integrity checks) ask this.
 */
enum Dialect {
    /** One file on one workstation, the embedded default. */
    SQLITE("classpath:db/migration"),
    /** The team server: logins are the accounts and database roles the roles. */
    POSTGRESQL("classpath:db/postgresql");

    /**
     * Where this dialect's Flyway migrations live. The PostgreSQL folder is a sibling, not a
     * child, of the SQLite one: Flyway scans a location's sub-folders too.
     */
    final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /**
     * The migrations written in Java because they need ICU's language tags. Schema 8 is portable
     * SQL around that and serves both; schema 9 creates tables, which the server writes with its
     * own types (db/postgresql/V9), and a new server has no flat glossary pairs to convert.
     * Server schema 10 indexes the words of stored entries, folded as lookups fold them.
     */
    JavaMigration[] javaMigrations() {
        return this == SQLITE
                ? new JavaMigration[] {new V8__Language_match_keys(), new V9__Glossary_concepts()}
                : new JavaMigration[] {new V8__Language_match_keys(), new V10__Server_word_index()};
    }
}
