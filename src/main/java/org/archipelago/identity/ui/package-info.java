/** Sign-in, membership request, password and profile pages, and the user and membership administration views. */
@NullMarked
package org.archipelago.identity.ui;

import org.jspecify.annotations.NullMarked;
