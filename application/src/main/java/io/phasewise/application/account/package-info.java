/**
 * Application layer of accounts: users, their roles (granted by operators only), their personal API tokens
 * with scopes, and authentication by token.
 */
package io.phasewise.application.account;
