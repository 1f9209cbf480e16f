/** The administrators' audit browser. */
@NullMarked
package org.archipelago.audit.ui;

import org.jspecify.annotations.NullMarked;
