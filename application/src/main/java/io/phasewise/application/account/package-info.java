/** Application layer of accounts: users, their personal API tokens and authentication by token. */
package io.phasewise.application.account;
