/**
 * Accounts (seed 000 {@code users}): a user is identified by a {@link io.phasewise.domain.account.UserId},
 * has a unique e-mail and free-form settings, and calls the API with personal tokens of which only a
 * hash is kept.
 */
package io.phasewise.domain.account;
