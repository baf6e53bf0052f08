/** The OpenAPI 3 document of the API, generated from the resource classes and served as JSON or YAML. */
package io.phasewise.adapters.rest.openapi;
