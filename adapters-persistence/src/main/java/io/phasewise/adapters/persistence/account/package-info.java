/** Account persistence: users and their API tokens, with Hibernate. */
package io.phasewise.adapters.persistence.account;
