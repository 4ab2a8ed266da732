package org.rendition.store;

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
}
