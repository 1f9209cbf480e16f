/**
 * Who may use the academy: accounts, roles, vetted membership, sign-in with throttling, password set and reset, and
 * user management scoped to a coordinator's own country.
 */
@NullMarked
package org.archipelago.identity;

import org.jspecify.annotations.NullMarked;
