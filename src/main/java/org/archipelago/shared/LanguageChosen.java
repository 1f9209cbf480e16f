package org.archipelago.shared;

/** A signed-in user picked another working language in the shell; the identity module keeps it as their preference. */
public record LanguageChosen(long userId, Language language) {}
