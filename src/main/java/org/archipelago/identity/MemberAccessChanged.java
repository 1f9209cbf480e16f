package org.archipelago.identity;

/** A member lost or changed their access (deactivated, roles changed): sessions they have open must end. */
record MemberAccessChanged(long userId) {}
