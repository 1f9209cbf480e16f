package org.archipelago.notification;

import org.archipelago.PostgresTest;

@PostgresTest
class OutboxSenderPostgresTest extends OutboxSenderContract {}
