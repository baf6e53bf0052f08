/**
 * Alert resources, the home of later alert rules too: the caller's webhook subscriptions and their
 * delivery logs.
 */
package io.phasewise.adapters.rest.alert;
