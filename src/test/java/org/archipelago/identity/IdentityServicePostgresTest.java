package org.archipelago.identity;

import org.archipelago.PostgresTest;

@PostgresTest
class IdentityServicePostgresTest extends IdentityServiceContract {}
