package org.archipelago.shared;

import java.util.Arrays;

/**
 * A request the academy refuses for a reason the user can act on: the message is a translation key, shown to the
 * user in their language. Nothing was changed when this is thrown.
 */
public class ActionRefused extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public ActionRefused(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
