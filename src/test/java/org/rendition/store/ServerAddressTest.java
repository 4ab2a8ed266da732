package org.rendition.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void postgresAddressBecomesTheDriversUrlWithTheLoginApart() {
        ServerAddress address = ServerAddress.parse("postgresql://ana@team-db:5433/rendition");
        assertEquals("ana", address.user());
        assertEquals("jdbc:postgresql://team-db:5433/rendition", address.jdbcUrl());
    }

    @Test
    void portDefaultsToPostgresOwnAndOptionsPassThrough() {
        ServerAddress address = ServerAddress.parse("postgresql://sue@10.0.0.5/rendition?sslmode=verify-full");
        assertEquals(5432, address.port());
        assertEquals("jdbc:postgresql://10.0.0.5:5432/rendition?sslmode=verify-full", address.jdbcUrl());
    }

    @Test
    void addressWithoutLoginIsRefusedWithTheFormToUse() {
        StoreException refused = assertThrows(StoreException.class,
                () -> ServerAddress.parse("postgresql://team-db/rendition"));
        assertTrue(refused.getMessage().contains("postgresql://user@host:port/database"), refused.getMessage());
    }

    @Test
    void passwordInTheAddressIsRefusedAndNotRepeated() {
        StoreException refused = assertThrows(StoreException.class,
                () -> ServerAddress.parse("postgresql://ana:secret@team-db/rendition"));
        assertFalse(refused.getMessage().contains("secret"), refused.getMessage());
        assertTrue(refused.getMessage().contains(".pgpass"), refused.getMessage());
    }
}
