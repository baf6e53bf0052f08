/**
 * Account resources and bearer-token authentication: sign-up, the caller's account and settings, API
 * tokens; and the authorization every protected operation declares once, as its OpenAPI security
 * requirement (role and scope, see {@link io.phasewise.adapters.rest.account.RequiredAccess}).
 */
package io.phasewise.adapters.rest.account;
