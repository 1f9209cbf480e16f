/** Archipelago: the training academy of a Caribbean counter-trafficking network. */
@NullMarked
package org.archipelago;

import org.jspecify.annotations.NullMarked;
