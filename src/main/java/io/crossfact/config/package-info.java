/** The one immutable configuration object, its defaults and its validation. */
package io.crossfact.config;
