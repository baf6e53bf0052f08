/**
 * Accounts (the people using Phasewise): a user is identified by a {@link io.phasewise.domain.account.UserId},
 * has a unique e-mail and free-form settings, and calls the API with personal tokens of which only a
 * hash is kept.
 *
 * <ul>
 *   <li>{@link io.phasewise.domain.account.User}: a person, with a normalised
 *       {@link io.phasewise.domain.account.EmailAddress} and {@link io.phasewise.domain.account.UserSettings}
 *       (a JSON object, changed by merge patches).</li>
 *   <li>{@link io.phasewise.domain.account.Role}: ADMIN (shared data, users), USER (own data), GUEST (reads only);
 *       it bounds the {@link io.phasewise.domain.account.Scope}s (READ, WRITE, ADMIN) of its user's tokens.</li>
 *   <li>{@link io.phasewise.domain.account.Caller}: the user a request's token belongs to, with the role and the
 *       scopes it may use.</li>
 *   <li>{@link io.phasewise.domain.account.ApiToken}: a personal API token: name, scopes, public prefix, the
 *       {@link io.phasewise.domain.account.TokenHash} of its secret, issue, last-use and revocation times.</li>
 *   <li>{@link io.phasewise.domain.account.ApiTokenSecret}: the secret itself ({@code pw_...}), shown to its
 *       owner once; {@link io.phasewise.domain.account.TokenSecretGenerator} makes them.</li>
 * </ul>
 */
package io.phasewise.domain.account;
