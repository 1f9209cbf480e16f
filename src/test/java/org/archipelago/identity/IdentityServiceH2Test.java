package org.archipelago.identity;

import org.archipelago.H2Test;

@H2Test
class IdentityServiceH2Test extends IdentityServiceContract {}
