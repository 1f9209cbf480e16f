/** The administrators' view of the outbox. */
@NullMarked
package org.archipelago.notification.ui;

import org.jspecify.annotations.NullMarked;
