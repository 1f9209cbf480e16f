package org.archipelago.identity;

/** What a password link is worth when someone opens it. */
public enum TokenState {
    VALID,
    EXPIRED,
    USED,
    UNKNOWN
}
