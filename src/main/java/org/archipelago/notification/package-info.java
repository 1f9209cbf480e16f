/**
 * E-mail through an outbox: messages are stored in the sender's transaction and sent afterwards by Spring Mail when
 * SMTP is configured; without SMTP they stay readable by administrators and are logged.
 */
@NullMarked
package org.archipelago.notification;

import org.jspecify.annotations.NullMarked;
