/** Per-article extraction of quotes, speakers, roles, figures and dates. Pure functions of one article. */
package io.crossfact.extract;
