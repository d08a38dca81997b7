package vn.khuyenhoc.accounts.user;

import java.security.SecureRandom;

/**
 * Passwords handed to a new or reset account, shown once and changed at first sign-in. Letters and digits that
 * cannot be confused when read aloud or copied from paper (no 0/O, 1/l/I).
 */
final class TemporaryPasswords {

    static final int LENGTH = 12;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String next() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
