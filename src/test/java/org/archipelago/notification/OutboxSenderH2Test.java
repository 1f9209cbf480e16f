package org.archipelago.notification;

import org.archipelago.H2Test;

@H2Test
class OutboxSenderH2Test extends OutboxSenderContract {}
