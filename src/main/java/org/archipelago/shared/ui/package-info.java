/** The shell: main layout, landing page, error views and the small components every view shares. */
@NullMarked
package org.archipelago.shared.ui;

import org.jspecify.annotations.NullMarked;
