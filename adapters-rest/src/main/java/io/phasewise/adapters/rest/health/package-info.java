/** Health resource: whether the service and the components it depends on are up, for load balancers. */
package io.phasewise.adapters.rest.health;
