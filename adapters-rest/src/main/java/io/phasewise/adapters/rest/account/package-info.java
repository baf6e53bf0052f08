/**
 * Account resources and bearer-token authentication: sign-up, the caller's account and settings, API
 * tokens.
 */
package io.phasewise.adapters.rest.account;
