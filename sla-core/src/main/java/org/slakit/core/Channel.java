package org.slakit.core;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The channel a customer reached support through: a call, a chat, a voicemail or an email, or
 * any other channel a team defines (SMS, social messages).
 *
 * <p>Channels are compared by name, case-insensitively: {@code Channel.of("Chat")} equals
 * {@link #CHAT}. The four built-in channels are the ones the standard response priority names,
 * in that order: call, chat, voicemail, email.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Channel {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    /** An incoming phone call. */
    public static final Channel CALL = new Channel("call");
    /** A live chat. */
    public static final Channel CHAT = new Channel("chat");
    /** A voicemail left for support. */
    public static final Channel VOICEMAIL = new Channel("voicemail");
    /** A case email. */
    public static final Channel EMAIL = new Channel("email");

    private final String name;

    private Channel(String name) {
        this.name = name;
    }

    /**
     * Obtains a channel by name.
     *
     * @param name a letter followed by up to 39 letters, digits, '_' or '-'; case is ignored
     * @return the channel
     * @throws IllegalArgumentException if the name is not of that form
     */
    public static Channel of(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(lower).matches()) {
            throw new IllegalArgumentException("Invalid channel name '" + name
                    + "': expected a letter followed by up to 39 letters, digits, '_' or '-'");
        }
        switch (lower) {
            case "call": return CALL;
            case "chat": return CHAT;
            case "voicemail": return VOICEMAIL;
            case "email": return EMAIL;
            default: return new Channel(lower);
        }
    }

    /** @return the channel's name in lower case */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Channel && name.equals(((Channel) obj).name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** @return the name, as {@link #of(String)} reads it */
    @Override
    public String toString() {
        return name;
    }
}
